import type { AccountState } from "../db/user-repo.js";
import type { Intent, IntentName } from "../domain/intent.js";
import type { CallbackMatcher } from "./callback.js";
import type { Turn } from "./context.js";
import type { Incoming, Reply } from "./types.js";

/**
 * How a message fits the step a flow is at: `yes` answers it (a quarter at the
 * quarter step), `free` is a free-text step that takes anything (content,
 * title, a comment), `no` needs one of the offered options.
 */
export type StepFit = "yes" | "free" | "no";

/** A conversation over several messages, kept in the account's state. */
export interface Flow {
  /** Locale id naming the flow in "you have an unfinished …" hints. */
  readonly name: string;
  active(state: AccountState): boolean;
  fits(turn: Turn, said: string): Promise<StepFit> | StepFit;
  /** The message taken as the answer to the current step. */
  answer(turn: Turn, msg: Incoming): Promise<Reply>;
  /** Asks the current step again. */
  resume(turn: Turn): Promise<Reply>;
  /** Drops the flow (and anything it staged) and says so. */
  cancel(turn: Turn): Promise<Reply>;
  /** Intents that mean "carry on with this flow" rather than a new request ("nộp bài" while submitting). */
  readonly ownIntents?: IntentName[];
  /** Intents whose words are ordinary content at this flow's free-text steps ("thiếu số liệu quý I" is a reason). */
  readonly contentIntents?: IntentName[];
}

/**
 * One feature: the intents it answers, the callback data it owns and the flow
 * it holds. The assistant only dispatches; see features/index.ts for the list.
 */
export interface Feature {
  readonly name: string;
  readonly intents: readonly IntentName[];
  readonly callbacks: readonly CallbackMatcher[];
  readonly flow?: Flow;
  /** Answers people who are not (yet) active users: joining a second chat app. */
  readonly open?: boolean;
  onIntent?(turn: Turn, intent: Intent, msg: Incoming): Promise<Reply | null>;
  onCallback?(turn: Turn, data: string, msg: Incoming): Promise<Reply | null>;
  /** A file or photo sent with no flow waiting for it. */
  onFile?(turn: Turn, msg: Incoming): Promise<Reply>;
}
