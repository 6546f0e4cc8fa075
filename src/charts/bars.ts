// Charts as SVG from a chart grammar (Vega-Lite, compiled and rendered by Vega on the server, no browser), and
// SVG to PNG with resvg and a font shipped in the repository, so Vietnamese text renders on any machine.
import path from "node:path";
import { PngThread } from "./png-thread.js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

const pngThread = new PngThread(() => FONT_FILE);

export const FONT_FILE = path.resolve(import.meta.dirname, "../../assets/fonts/NotoSans-Regular.ttf");
const FONT = "Noto Sans";

/** The three stacks of every progress chart, in order, with their colours; `label` names them in a language. */
export const OUTCOMES = ["on_time", "late", "missing"] as const;
const OUTCOME_COLORS = { on_time: "#2e7d32", late: "#f9a825", missing: "#c62828" };
export const outcomeSeries = (label: (outcome: (typeof OUTCOMES)[number]) => string) =>
  OUTCOMES.map((k) => ({ label: label(k), color: OUTCOME_COLORS[k] }));

export interface BarSeries {
  /** Series labels in stacking order, with their colours. */
  series: { label: string; color: string }[];
  /** One bar per category: its value in each series. */
  bars: { category: string; values: number[] }[];
  axis: string;
}

// The same figures draw the same chart: a board reloaded, or looked at by several reviewers, is not redrawn.
const drawn = new Map<string, Promise<string>>();
const DRAWN_MAX = 64;

/** Stacked horizontal bars (on time / late / missing by group), as an SVG document. */
export function stackedBarsSvg(chart: BarSeries, width = 520): Promise<string> {
  const key = JSON.stringify([chart, width]);
  const known = drawn.get(key);
  if (known) return known;
  if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
  const made = draw(chart, width);
  drawn.set(key, made);
  made.catch(() => drawn.delete(key));
  return made;
}

async function draw(chart: BarSeries, width: number): Promise<string> {
  const values = chart.bars.flatMap((b) =>
    chart.series.map((s, i) => ({ category: b.category, series: s.label, order: i, n: b.values[i] ?? 0 })),
  );
  const spec: TopLevelSpec = {
    width,
    height: { step: 28 },
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "category", type: "nominal", title: null, sort: null, axis: { labelLimit: 220 } },
      x: { field: "n", type: "quantitative", title: chart.axis, stack: "zero", axis: { tickMinStep: 1, format: "d" } },
      color: {
        field: "series",
        type: "nominal",
        title: null,
        scale: { domain: chart.series.map((s) => s.label), range: chart.series.map((s) => s.color) },
        legend: { orient: "bottom", direction: "horizontal" },
      },
      order: { field: "order", type: "quantitative" },
    },
    config: { font: FONT, background: "white", view: { stroke: null } },
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** An SVG as a PNG `width` pixels wide (a photo for the chat), drawn in the renderer's own thread. */
export function svgToPng(svg: string, width = 1000): Promise<Buffer> {
  return pngThread.render(svg, width);
}
