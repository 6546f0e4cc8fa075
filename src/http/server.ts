import type { BoardEnv } from "./board/routes.js";
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import { serve, type HttpBindings } from "@hono/node-server";
import { Hono } from "hono";
import type { WebhookRoute } from "../core/channel-port.js";
import type { Logger } from "../logger.js";

/** Webhook bodies larger than this are refused (a chat update is a few kilobytes). */
export const MAX_BODY = 1024 * 1024;
/** A body that has not arrived in this long is given up (slow clients hold a slot otherwise). */
const BODY_TIMEOUT_MS = 15_000;

export type { WebhookRoute };

/** Same length and constant time: the secret cannot be guessed byte by byte. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

type Body = { ok: true; bytes: Buffer } | { ok: false; status: 408 | 413 };

/**
 * Reads a request body, counting bytes as they arrive (chunked bodies carry no
 * length to check first). Past the limit the rest is discarded unread, so the
 * client still gets a readable 413 instead of a reset connection.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => finish({ ok: false, status: 408 }), BODY_TIMEOUT_MS);
    const finish = (body: Body) => {
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onError);
      if (!body.ok)
        req
          .on("data", () => undefined)
          .on("error", () => undefined)
          .resume();
      resolve(body);
    };
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) finish({ ok: false, status: 413 });
      else chunks.push(c);
    };
    const onEnd = () => finish({ ok: true, bytes: Buffer.concat(chunks) });
    const onError = () => finish({ ok: false, status: 413 });
    req.on("data", onData).on("end", onEnd).on("error", onError);
  });
}

/**
 * Bodies are read concurrently, but handed on in the order their requests
 * arrived: two updates of one chat posted back to back are queued in that
 * order even when the second body finishes arriving first.
 */
class ArrivalOrder {
  private last: Promise<unknown> = Promise.resolve();

  /** Runs `then` on the read body once every earlier request has been handed on. */
  inTurn<T>(read: Promise<Body>, then: (body: Body) => T): Promise<T> {
    const turn = this.last.then(() => read).then(then);
    this.last = turn.catch(() => undefined);
    return turn;
  }
}

export interface HttpServer {
  port: number;
  stop(): Promise<void>;
}

/** The application's one HTTP server: /health and the platforms' webhooks. */
export function createApp(
  routes: WebhookRoute[],
  log: Logger,
  opts: { board?: Hono<BoardEnv> } = {},
): Hono<{ Bindings: HttpBindings }> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.get("/health", (c) => c.json({ ok: true, webhooks: routes.map((r) => r.name), board: !!opts.board }));
  if (opts.board) app.route("/", opts.board);
  for (const route of routes) {
    const order = new ArrivalOrder();
    app.post(route.path, async (c) => {
      if (!sameSecret(c.req.header(route.secretHeader), route.secret)) {
        log.warn({ webhook: route.name }, "webhook: wrong or missing secret");
        return c.body(null, 401);
      }
      const length = Number(c.req.header("content-length") ?? 0);
      if (length > MAX_BODY) return c.body(null, 413, { connection: "close" });
      return order.inTurn(readBody(c.env.incoming, MAX_BODY), (body) => {
        if (!body.ok) return c.body(null, body.status, { connection: "close" });
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.bytes.toString("utf8"));
        } catch {
          log.warn({ webhook: route.name }, "webhook: body is not JSON");
          return c.json({ ok: false }, 400);
        }
        const accepted = route.accept(parsed);
        if (!accepted) log.warn({ webhook: route.name }, "webhook: not an update");
        return c.json({ ok: accepted }, accepted ? 200 : 400);
      });
    });
  }
  app.notFound((c) => c.body(null, 404));
  app.onError((err, c) => {
    log.error({ err: String(err) }, "http request failed");
    return c.body(null, 500);
  });
  return app;
}

export async function startHttpServer(
  app: Hono<{ Bindings: HttpBindings }>,
  port: number,
  log: Logger,
): Promise<HttpServer> {
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port, serverOptions: { requestTimeout: 30_000, headersTimeout: 10_000 } }, () =>
      resolve(s as Server),
    );
  });
  const bound = (server.address() as { port: number }).port;
  log.info({ port: bound }, "http server listening");
  return {
    port: bound,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      }),
  };
}
