// The reviewer board on the application's one HTTP server: read-only pages behind a login that only a one-time
// link from the chat opens. Nothing is visible without it.
import { readFile, stat } from "node:fs/promises";
import { type Context, Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { boardOf } from "../../core/board/data.js";
import { agencyYear, taskReports } from "../../core/board/detail.js";
import type { Services } from "../../core/context.js";
import { articleCycleOf } from "../../core/submissions/cycle.js";
import { labelsIn, quarterSheet, quarterStandings } from "../../core/submissions/reports.js";
import { csvOf, xlsxOf } from "../../core/submissions/spreadsheet.js";
import { boardSecret, redeemBoardLink } from "../../db/board-repo.js";
import { findUser } from "../../db/user-repo.js";
import { outcomeSeries, stackedBarsSvg } from "../../charts/bars.js";
import { formatVnDate, type IsoDate } from "../../domain/calendar.js";
import { today } from "../../domain/clock.js";
import { parseQuarter, quarterId } from "../../domain/quarter.js";
import type { Locale } from "../../i18n.js";
import { agencyPage, taskPage } from "./detail-pages.js";
import { boardPage, groupLabel, messagePage, type View, word } from "./pages.js";
import { SESSION_COOKIE, SESSION_MS, sessionUser, sessionValue } from "./session.js";

export interface BoardOptions {
  services: Services;
  baseUrl: string;
  secret?: string;
}

const CHART_TTL_MS = 24 * 3600_000;

export type BoardEnv = { Variables: { user: { id: number; name: string } } };
type Env = BoardEnv;

const HEADERS = {
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
};

const stacks = (v: View) => outcomeSeries((outcome) => word(v, "board-outcome", { outcome }));

/** The quarter in the query ("2024-Q1"), or the current one when there is none or it is not one. */
const quarterAsked = (c: Context, day: IsoDate) =>
  parseQuarter(c.req.query("quarter") ?? "", day) ?? parseQuarter("", day)!;

function viewOf(c: Context, services: Services): View {
  const lang: Locale = c.req.query("lang") === "en" ? "en" : "vi";
  return { lang, i18n: services.i18n, url: new URL(c.req.url) };
}

/** /board and its pages, to mount on the application's server. */
export function boardApp(opts: BoardOptions): Hono<Env> {
  const app = new Hono<Env>();
  const { services } = opts;
  const secret = boardSecret(services.db, opts.secret);
  const secure = opts.baseUrl.startsWith("https://");
  const page = (c: Context, body: Promise<string> | string, status: 200 | 401 | 404 | 410 = 200) =>
    c.html(body, status, HEADERS);

  app.get("/board/login", async (c) => {
    const v = viewOf(c, services);
    const used = await redeemBoardLink(services.db, c.req.query("t") ?? "", services.clock.now());
    if (!used.ok)
      return page(c, messagePage(v, word(v, `board-link-${used.reason}`)), used.reason === "unknown" ? 401 : 410);
    setCookie(c, SESSION_COOKIE, sessionValue(await secret, used.userId, services.clock.now()), {
      httpOnly: true,
      secure,
      sameSite: "Strict",
      path: "/board",
      maxAge: SESSION_MS / 1000,
    });
    return c.redirect(`/board${v.lang === "en" ? "?lang=en" : ""}`, 303);
  });

  // A chart sent in chat, fetched by Zalo's servers (which take pictures only by address): no login, but the
  // name is random (128 bits) and it is served for a day only.
  app.get("/board/chart/:name", async (c) => {
    const file = services.store.chartPath(c.req.param("name"));
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info || services.clock.now().getTime() - info.mtimeMs > CHART_TTL_MS) return c.body(null, 404);
    return c.body(new Uint8Array(await readFile(file)), 200, { ...HEADERS, "content-type": "image/png" });
  });

  app.use("/board", requireLogin);
  app.use("/board/*", requireLogin);
  async function requireLogin(c: Context<Env>, next: () => Promise<void>) {
    const v = viewOf(c, services);
    const id = sessionUser(await secret, getCookie(c, SESSION_COOKIE), services.clock.now());
    const user = id === null ? null : await findUser(services.db, id);
    if (user?.status !== "active" || !["reviewer", "admin"].includes(user.role))
      return page(c, messagePage(v, word(v, "board-login-needed")), 401);
    c.set("user", { id: user.id, name: user.displayName || (user.agency?.name ?? "") });
    await next();
  }

  app.get("/board", async (c) => {
    const v = viewOf(c, services);
    const day = today(services.clock);
    const q = quarterAsked(c, day);
    const board = await boardOf(services, q, day, c.req.query("plan"));
    if (!board) return page(c, messagePage(v, word(v, "board-not-found")), 404);
    const places = new Set(board.groups.map((g) => g.group.split(":")[0]));
    const jurisdictions = new Map(
      places.size > 1 ? (await services.catalog.directory()).jurisdictions.map((j) => [j.id, j.name]) : [],
    );
    const chart = await stackedBarsSvg(
      {
        axis: word(v, "board-chart-axis"),
        series: stacks(v),
        bars: board.groups.map((g) => ({
          category: groupLabel(v, g.group, jurisdictions),
          values: [g.onTime, g.late, g.missing],
        })),
      },
      640,
    );
    const group = c.req.query("group");
    return page(
      c,
      boardPage(v, {
        board,
        chart,
        ...(group ? { group } : {}),
        ...(c.req.query("sort") ? { sort: c.req.query("sort")! } : {}),
        asOf: formatVnDate(day),
        user: c.get("user").name,
        jurisdictions,
      }),
    );
  });

  app.get("/board/agency/:id", async (c) => {
    const v = viewOf(c, services);
    const day = today(services.clock);
    const year = Number(c.req.query("year")) || Number(day.slice(0, 4));
    const a = await agencyYear(services, c.req.param("id"), year, day);
    if (!a) return page(c, messagePage(v, word(v, "board-agency-unknown")), 404);
    const chart = await stackedBarsSvg(
      {
        axis: word(v, "board-chart-axis"),
        series: stacks(v),
        bars: a.quarters.map((q, i) => ({ category: `Q${i + 1}/${year}`, values: [q.onTime, q.late, q.missing] })),
      },
      360,
    );
    return page(c, agencyPage(v, a, chart));
  });

  app.get("/board/task/:code", async (c) => {
    const v = viewOf(c, services);
    const t = await taskReports(services, c.req.param("code"), today(services.clock), c.req.query("plan"));
    return t ? page(c, taskPage(v, t)) : page(c, messagePage(v, word(v, "board-task-none")), 404);
  });

  app.get("/board/export", async (c) => {
    const v = viewOf(c, services);
    const day = today(services.clock);
    const q = quarterAsked(c, day);
    const cycle = await articleCycleOf(services);
    const standings = cycle ? await quarterStandings(services.db, cycle, q, day) : [];
    const sheet = await quarterSheet(services.db, q, standings, labelsIn(services.i18n, v.lang));
    const xlsx = c.req.query("format") === "xlsx";
    const bytes = xlsx ? await xlsxOf([sheet]) : csvOf(sheet);
    const type = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
    return c.body(new Uint8Array(bytes), 200, {
      ...HEADERS,
      "content-type": type,
      "content-disposition": `attachment; filename="cchc-${quarterId(q)}.${xlsx ? "xlsx" : "csv"}"`,
    });
  });
  return app;
}
