// Intent detection: what a message asks for. See intent/ for the parts.
export { DEFAULT_DUE_DAYS, detectIntent, suggestIntents } from "./intent/detect.js";
export { normalize } from "./intent/normalize.js";
export {
  INTENTS,
  TASK_INTENTS,
  type DayRef,
  type Intent,
  type IntentName,
  type IntentParams,
  type QuarterRef,
  type Window,
} from "./intent/types.js";
export { resolveDay, resolveQuarter, resolveWindow, type Resolved } from "./intent/resolve.js";
