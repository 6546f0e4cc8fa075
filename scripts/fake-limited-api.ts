// A local Bot API stand-in that enforces Telegram's flood limits, for the
// fan-out benchmark: over `limit` messages in any second, or two messages to
// one chat within a second, it answers 429 with retry_after.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface LimitedApi {
  url: string;
  token: string;
  received: Map<string, number>;
  http429: number;
  close(): Promise<void>;
}

export async function startLimitedApi(limit: number, token = "1:bench-token-bench-token"): Promise<LimitedApi> {
  const window: number[] = [];
  const lastByChat = new Map<string, number>();
  const state: LimitedApi = { url: "", token, received: new Map(), http429: 0, close: async () => {} };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
    const now = performance.now();
    while (window.length && window[0]! <= now - 1000) window.shift();
    const chat = String(body.chat_id);
    const send = (code: number, payload: unknown) =>
      res.writeHead(code, { "content-type": "application/json" }).end(JSON.stringify(payload));
    if (window.length >= limit || now - (lastByChat.get(chat) ?? -Infinity) < 1000) {
      state.http429++;
      return send(429, {
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 1",
        parameters: { retry_after: 1 },
      });
    }
    window.push(now);
    lastByChat.set(chat, now);
    state.received.set(chat, (state.received.get(chat) ?? 0) + 1);
    send(200, {
      ok: true,
      result: { message_id: 1, date: 0, chat: { id: Number(chat), type: "private" }, text: body.text },
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
