import pino, { type Logger } from "pino";

export type { Logger } from "pino";

/**
 * Structured logs on stderr, so stdout stays clean for CLI output and the
 * console channel. Secret-looking fields are redacted, and the configured
 * tokens are scrubbed from any string logged (error messages with URLs...).
 * Message texts and names are never logged by the code.
 */
export function createLogger(
  level: string,
  secrets: (string | undefined)[] = [],
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  const known = secrets.filter((s): s is string => !!s && s.length >= 8);
  const scrub = (value: unknown): unknown =>
    typeof value === "string" ? known.reduce((v, secret) => v.split(secret).join("[redacted]"), value) : value;
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: [
          "token",
          "*.token",
          "secret",
          "*.secret",
          "headers.authorization",
          "*.headers.authorization",
          "password",
          "*.password",
          "text",
          "*.text",
          "phone",
          "*.phone",
        ],
        censor: "[redacted]",
      },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((a) =>
            a && typeof a === "object"
              ? Object.fromEntries(Object.entries(a as Record<string, unknown>).map(([k, v]) => [k, scrub(v)]))
              : scrub(a),
          );
          return method.apply(this, cleaned as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
