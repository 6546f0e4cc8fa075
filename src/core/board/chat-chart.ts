import { outcomeSeries, stackedBarsSvg, svgToPng } from "../../charts/bars.js";
import type { Locale } from "../../i18n.js";
import type { Services } from "../context.js";
import type { QuarterStanding } from "../submissions/reports.js";
import type { OutMessage } from "../types.js";

/** The quarter's article by agency group (on time / late / not yet), as a picture for the chat. */
export async function articleChartPng(
  services: Pick<Services, "catalog" | "i18n">,
  standings: QuarterStanding[],
  title: string,
  locale: Locale,
): Promise<Buffer> {
  const directory = await services.catalog.directory();
  const t = (id: string, args?: Record<string, string>) => services.i18n.plain(locale, id, args);
  const groups = new Map<string, number[]>();
  for (const s of standings) {
    const kind = directory.byId(s.agencyId)?.kind ?? "other";
    const counts = groups.get(kind) ?? [0, 0, 0];
    groups.set(kind, counts);
    counts[s.outcome === "on_time" ? 0 : s.outcome === "late" ? 1 : 2]! += 1;
  }
  const svg = await stackedBarsSvg(
    {
      axis: title,
      series: outcomeSeries((outcome) => t("board-outcome", { outcome })),
      bars: [...groups].map(([kind, values]) => ({ category: t("board-kind", { kind }), values })),
    },
    480,
  );
  return svgToPng(svg, 1000);
}

/** The chart as a message's photo: stored, and addressed on the board's server when it has one. */
export async function chartFile(
  services: Pick<Services, "store" | "config">,
  png: Buffer,
): Promise<NonNullable<OutMessage["file"]>> {
  const stored = await services.store.chart(png);
  const base = services.config.boardBaseUrl;
  return { ...stored, kind: "photo", ...(base ? { url: `${base}/board/chart/${stored.name}` } : {}) };
}
