// One factory per chat platform: its channel port built from the configuration, or null when it is not
// configured. Each platform's modules load only when it is (they are large, and most deployments use one).
import type { Config } from "./config.js";
import type { ChannelPort } from "./core/channel-port.js";
import { holdWhileLeased } from "./core/lease.js";
import type { Db } from "./db/client.js";
import type { I18n } from "./i18n.js";
import type { Logger } from "./logger.js";

export interface PlatformDeps {
  config: Config;
  db: Db;
  i18n: I18n;
  log: Logger;
}

export type Platform = (deps: PlatformDeps) => Promise<ChannelPort | null>;

/** Several instances may run: only the lease holder polls a platform. */
const pollLease = (deps: PlatformDeps, name: string) => (start: () => Promise<void>, stop: () => Promise<void>) =>
  holdWhileLeased({ db: deps.db, name: `poll:${name}`, log: deps.log, start, stop });

export const telegram: Platform = async (deps) => {
  const { config, i18n, log } = deps;
  if (!config.TELEGRAM_BOT_TOKEN) return null;
  const { telegramChannel } = await import("./channels/telegram/channel.js");
  return telegramChannel({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    ...(config.TELEGRAM_WEBHOOK_URL ? { webhookUrl: config.TELEGRAM_WEBHOOK_URL } : {}),
    ...(config.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: config.TELEGRAM_WEBHOOK_SECRET } : {}),
    whileLeader: pollLease(deps, "telegram"),
    i18n,
    log,
  });
};

export const zalo: Platform = async (deps) => {
  const { config, i18n, log } = deps;
  if (!config.ZALO_BOT_TOKEN) return null;
  const [{ ZaloChannel }, { ZaloClient }] = await Promise.all([
    import("./channels/zalo/channel.js"),
    import("./channels/zalo/client.js"),
  ]);
  const token = config.ZALO_BOT_TOKEN;
  const webhook = config.ZALO_WEBHOOK_URL
    ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET! }
    : null;
  return new ZaloChannel({
    client: new ZaloClient({ token, apiRoot: config.ZALO_API_ROOT }),
    pushClient: new ZaloClient({ token, apiRoot: config.ZALO_API_ROOT, retries: 0 }),
    i18n,
    locale: config.DEFAULT_LOCALE,
    log,
    maxDownloadBytes: config.MAX_UPLOAD_MB * 1024 * 1024,
    ...(webhook ? { webhook } : { whileLeader: pollLease(deps, "zalo") }),
  });
};
