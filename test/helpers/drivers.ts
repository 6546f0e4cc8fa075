import { PassThrough } from "node:stream";
import type { Assistant } from "../../src/core/assistant.js";
import { ConsoleChannel } from "../../src/channels/console/console.js";
import { Dispatcher } from "../../src/scheduler/dispatcher.js";
import { reminderCheck } from "../../src/scheduler/relevance.js";
import { consolePushes } from "../../src/scheduler/cron.js";
import { defaultPolicy } from "../../src/domain/reminders.js";
import { defaultWorkCalendar } from "../../src/core/build.js";
import { stripHtml } from "../../src/core/html.js";
import type { FakeTelegram } from "./fake-telegram.js";
import type { FakeZalo } from "./fake-zalo.js";

/** Talks to the assistant through one channel, the way a person would. */
export interface Driver {
  name: string;
  /** Sends a text and returns everything the bot answered (joined). */
  say(user: string, text: string): Promise<string>;
  /** Picks the option whose label matches (a button on Telegram, a number on Zalo). */
  choose(user: string, label: RegExp): Promise<string>;
}

export function telegramDriver(api: FakeTelegram, base: number): Driver {
  const lastButtons = new Map<string, { text: string; callback_data: string }[]>();
  const collect = async (user: string, from: number) => {
    await api.waitFor(() =>
      api.calls
        .slice(from)
        .some(
          (c) =>
            ["sendMessage", "editMessageText"].includes(c.method) &&
            String(c.body.chat_id) === String(base + Number(user)),
        ),
    );
    await api.settle();
    const calls = api.calls
      .slice(from)
      .filter(
        (c) =>
          ["sendMessage", "editMessageText"].includes(c.method) &&
          String(c.body.chat_id) === String(base + Number(user)),
      );
    const buttons = calls.flatMap((c) => (c.body.reply_markup?.inline_keyboard ?? []).flat());
    if (buttons.length) lastButtons.set(user, buttons);
    // Compared as plain text: the same words whether or not the platform shows markup.
    return calls.map((c) => stripHtml(c.body.text as string)).join("\n");
  };
  return {
    name: "telegram",
    async say(user, text) {
      await api.settle();
      const from = api.calls.length;
      api.sendText(base + Number(user), text);
      return collect(user, from);
    },
    async choose(user, label) {
      const button = (lastButtons.get(user) ?? []).find((b) => label.test(b.text));
      if (!button)
        throw new Error(`no button ${label} among ${JSON.stringify(lastButtons.get(user)?.map((b) => b.text))}`);
      await api.settle();
      const from = api.calls.length;
      api.press(base + Number(user), button.callback_data);
      return collect(user, from);
    },
  };
}

export function zaloDriver(api: FakeZalo, base: number): Driver {
  const last = new Map<string, string>();
  const say = async (user: string, text: string) => {
    const chat = String(base + Number(user));
    await api.settle();
    const from = api.calls.length;
    api.text(chat, text);
    const deadline = Date.now() + 10_000;
    while (api.texts(chat, from).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await api.settle();
    const out = api.texts(chat, from).join("\n");
    last.set(user, out);
    return out;
  };
  return {
    name: "zalo",
    say,
    choose: (user, label) => say(user, numberOf(last.get(user) ?? "", label)),
  };
}

/** The console channel, one terminal per user: lines in, the printed reply out (the prompt marks its end). */
/** The console as main.ts runs it; with `digests`, each answer is followed by the person's digest if due. */
export function consoleDriver(assistant: Assistant, opts: { digests?: boolean } = {}): Driver & { close(): void } {
  const terminals = new Map<string, { input: PassThrough; output: string[] }>();
  const last = new Map<string, string>();
  const terminal = (user: string) => {
    let t = terminals.get(user);
    if (!t) {
      const input = new PassThrough();
      const output = new PassThrough();
      const chunks: string[] = [];
      output.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
      // As main.ts runs it: the outbox's messages for this person printed after each answer.
      const { db, clock, i18n } = assistant.services;
      let pushes: (() => Promise<unknown>) | null = null;
      const channel = new ConsoleChannel({
        externalId: `c${user}`,
        input,
        output,
        interactive: true,
        locale: "vi",
        i18n,
        afterTurn: async () => pushes?.(),
      });
      const dispatcher = new Dispatcher({
        db,
        clock,
        channels: [channel],
        chatId: `c${user}`,
        ratePerSecond: 30,
        check: reminderCheck(db, clock, { cal: defaultWorkCalendar() }, i18n),
      });
      const { catalog } = assistant.services;
      const deps = { db, clock, catalog, i18n, cal: defaultWorkCalendar(), policy: defaultPolicy };
      pushes = opts.digests ? consolePushes(deps, dispatcher, `c${user}`) : () => dispatcher.runOnce();
      void channel.start((m) => assistant.handle(m));
      t = { input, output: chunks };
      terminals.set(user, t);
    }
    return t;
  };
  const say = async (user: string, text: string) => {
    const t = terminal(user);
    // The welcome and the first prompt are printed before anything is read.
    while (!t.output.join("").endsWith("> ")) await new Promise((r) => setTimeout(r, 5));
    t.output.length = 0;
    t.input.write(`${text}\n`);
    const deadline = Date.now() + 10_000;
    while (!t.output.join("").endsWith("> ") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    const out = t.output.join("").replace(/> $/, "").trim();
    last.set(user, out);
    return out;
  };
  return {
    name: "console",
    say,
    choose: (user, label) => say(user, numberOf(last.get(user) ?? "", label)),
    close() {
      for (const t of terminals.values()) t.input.end();
    },
  };
}

/** On numbered channels: the number printed before the option whose label matches. */
function numberOf(printed: string, label: RegExp): string {
  const hit = [...printed.matchAll(/^ {2}(\d+)\) (.+)$/gm)].find((o) => label.test(o[2]!));
  if (!hit) throw new Error(`no option ${label} in: ${printed}`);
  return hit[1]!;
}

/** The quarter's article sent as a link through the chat, as a focal point would; its receipt. */
export async function sendArticle(d: Driver, user: string, link: string, title?: string): Promise<string> {
  await d.say(user, "nộp bài");
  await d.choose(user, /^Bài viết quý I\/2024/);
  await d.say(user, link);
  if (title) await d.say(user, title);
  else await d.choose(user, /Bỏ qua/);
  const receipt = /Biên nhận (\S+-\d{4}Q\d-\d\d)/.exec(await d.choose(user, /Xác nhận/));
  if (!receipt) throw new Error(`no receipt for ${user}`);
  return receipt[1]!;
}
