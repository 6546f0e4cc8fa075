// Typed callback data: every button's data is packed and read through one codec,
// so a feature owns its prefix and Telegram's 64-byte limit is checked when packing.

export const MAX_CALLBACK_BYTES = 64;

type FieldKind = "int" | "word";
type Spec = Record<string, FieldKind>;
export type CallbackValues<S extends Spec> = { [K in keyof S]: S[K] extends "int" ? number : string };

/** What the router needs of a codec: does this data belong to it? */
export interface CallbackMatcher {
  readonly prefix: string;
  match(data: string): boolean;
  /**
   * Its buttons' labels are requests in their own right ("1.14", "Xem thêm »"): typed, they
   * are understood without remembering the buttons, so button channels need not store them.
   */
  readonly asWords?: boolean;
}

export interface CallbackCodec<S extends Spec = Spec> extends CallbackMatcher {
  pack(values: CallbackValues<S>): string;
  /** The values, or null when the data is not this codec's or is malformed. */
  unpack(data: string): CallbackValues<S> | null;
  match(data: string): boolean;
}

const INT = /^\d{1,9}$/;
const WORD = /^[A-Za-z0-9._-]{1,40}$/;

/** `callbackData("rv:a", { id: "int" })` packs to "rv:a:12"; the prefix may hold colons. */
export function callbackData<S extends Spec>(
  prefix: string,
  spec: S,
  opts: { asWords?: boolean } = {},
): CallbackCodec<S> {
  const keys = Object.keys(spec) as (keyof S & string)[];
  return {
    prefix,
    asWords: opts.asWords ?? false,
    pack(values) {
      const parts = keys.map((k) => {
        const v = String(values[k]);
        if (!(spec[k] === "int" ? INT : WORD).test(v)) throw new Error(`callback ${prefix}: bad ${k} "${v}"`);
        return v;
      });
      const data = [prefix, ...parts].join(":");
      if (Buffer.byteLength(data, "utf8") > MAX_CALLBACK_BYTES)
        throw new Error(`callback ${prefix}: over ${MAX_CALLBACK_BYTES} bytes`);
      return data;
    },
    unpack(data) {
      if (keys.length === 0) return data === prefix ? ({} as CallbackValues<S>) : null;
      if (!data.startsWith(`${prefix}:`)) return null;
      const parts = data.slice(prefix.length + 1).split(":");
      if (parts.length !== keys.length) return null;
      const out: Record<string, string | number> = {};
      for (const [i, k] of keys.entries()) {
        const v = parts[i]!;
        if (!(spec[k] === "int" ? INT : WORD).test(v)) return null;
        out[k] = spec[k] === "int" ? Number(v) : v;
      }
      return out as CallbackValues<S>;
    },
    match(data) {
      return this.unpack(data) !== null;
    },
  };
}

/** The one Cancel button every flow offers. */
export const CANCEL = callbackData("x", {});
/** A suggested intent ("Nhiệm vụ của tôi" under a fallback answer). */
export const INTENT = callbackData("in", { intent: "word" }, { asWords: true });
/** Resume a paused flow, or use the held message as the answer to its step. */
export const FLOW = callbackData("fl", { action: "word" });
