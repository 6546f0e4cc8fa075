import pino, { type Logger } from "pino";

export type { Logger } from "pino";

/** Structured logs on stderr, so stdout stays clean for CLI output and the console channel. */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ["token", "*.token", "secret", "*.secret", "headers.authorization"], censor: "[redacted]" },
    },
    pino.destination(2),
  );
}
