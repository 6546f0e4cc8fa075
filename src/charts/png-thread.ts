import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

// resvg's native memory is released only when the garbage collector finalises its small JavaScript handles, which
// V8 does not know to hurry (thx/resvg-js#216: 100 charts in a row held 150 MB more). Charts are drawn in a worker
// thread instead, ended after a few drawings and when idle: ending the thread releases everything it held.
const DRAWINGS_PER_THREAD = 5;
const IDLE_MS = 30_000;

const CODE = `
const { parentPort, workerData } = require("node:worker_threads");
const { Resvg } = require(workerData.resvg);
parentPort.on("message", ({ id, svg, width }) => {
  try {
    const font = { fontFiles: [workerData.font], loadSystemFonts: false, defaultFontFamily: "Noto Sans" };
    const png = new Resvg(svg, { font, fitTo: { mode: "width", value: width }, background: "white" }).render().asPng();
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (err) {
    parentPort.postMessage({ id, error: String(err) });
  }
});
`;

type Waiting = { resolve: (png: Buffer) => void; reject: (err: Error) => void; worker: Worker };

export class PngThread {
  private worker: Worker | null = null;
  private drawings = 0;
  private next = 0;
  private readonly waiting = new Map<number, Waiting>();
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly fontFile: () => string) {}

  async render(svg: string, width: number): Promise<Buffer> {
    if (this.idle) clearTimeout(this.idle);
    const worker = await this.thread();
    const id = this.next++;
    return new Promise<Buffer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, worker });
      worker.postMessage({ id, svg, width });
    });
  }

  private async thread(): Promise<Worker> {
    // The old thread is gone before the next one starts, so the two never hold memory at once.
    if (this.worker && this.drawings >= DRAWINGS_PER_THREAD) await this.retire();
    if (!this.worker) {
      const resvg = createRequire(import.meta.url).resolve("@resvg/resvg-js");
      const worker = new Worker(CODE, { eval: true, workerData: { resvg, font: this.fontFile() } });
      worker.unref();
      worker.on("message", (m: { id: number; png?: Uint8Array; error?: string }) => this.answer(worker, m));
      worker.on("error", (err) => this.fail(worker, err));
      this.worker = worker;
      this.drawings = 0;
    }
    this.drawings++;
    return this.worker;
  }

  private busy(worker: Worker): boolean {
    for (const w of this.waiting.values()) if (w.worker === worker) return true;
    return false;
  }

  private answer(worker: Worker, m: { id: number; png?: Uint8Array; error?: string }): void {
    const w = this.waiting.get(m.id);
    this.waiting.delete(m.id);
    if (m.png) w?.resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
    else w?.reject(new Error(m.error ?? "chart rendering failed"));
    if (this.busy(worker)) return;
    if (worker !== this.worker) void worker.terminate();
    else {
      this.idle = setTimeout(() => void this.retire(), IDLE_MS);
      this.idle.unref();
    }
  }

  private fail(worker: Worker, err: Error): void {
    if (worker === this.worker) this.worker = null;
    for (const [id, w] of this.waiting)
      if (w.worker === worker) {
        w.reject(err);
        this.waiting.delete(id);
      }
  }

  /** The current thread takes no more drawings; it ends once those it has are done. */
  private async retire(): Promise<void> {
    const old = this.worker;
    this.worker = null;
    if (old && !this.busy(old)) await old.terminate();
  }
}
