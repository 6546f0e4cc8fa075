import { detectIntent } from "../../domain/intent.js";
import type { CliContext } from "../context.js";

/** Shows how a message would be understood: {"intent","params"}. */
export async function intentCommand(ctx: CliContext, text: string): Promise<number> {
  const result = detectIntent(text);
  if (ctx.json) ctx.printJson(result);
  else ctx.print(`${result.intent} ${JSON.stringify(result.params)}`);
  return 0;
}
