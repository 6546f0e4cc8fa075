import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { FileKind, StagedFile } from "../domain/draft.js";
import { clip, stripControls } from "../domain/text.js";

export type { FileKind };

/** What may be submitted, recognised by content (magic bytes), not by name. */
const ALLOWED: Record<string, { kind: FileKind; mime: string }> = {
  pdf: { kind: "document", mime: "application/pdf" },
  docx: { kind: "document", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { kind: "document", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  odt: { kind: "document", mime: "application/vnd.oasis.opendocument.text" },
  doc: { kind: "document", mime: "application/msword" },
  xls: { kind: "document", mime: "application/vnd.ms-excel" },
  jpg: { kind: "photo", mime: "image/jpeg" },
  png: { kind: "photo", mime: "image/png" },
};

export type Staged = StagedFile;

export type StageError = { error: "empty" | "too-large" | "wrong-type"; detected?: string };

/** Writes a new file and flushes it to disk before it is renamed into place (a crash leaves no half file). */
async function writeSynced(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A file name safe to store and show: no path, no control characters, bounded length. */
export function sanitizeFileName(name: string | undefined, ext: string): string {
  // Bidi overrides go first: "\u202Egpj.exe" would otherwise show as "exe.jpg".
  const base = clip(
    stripControls(
      path
        .basename((name ?? "").replace(/\\/g, "/"))
        .normalize("NFC")
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced.
        .replace(/[\u0000-\u001f\u007f]+/g, "_"),
    )
      .replace(/[<>:"/\\|?*]+/g, "_")
      .replace(/^\.+/, "")
      .trim(),
    120,
  );
  const stem = base.replace(/\.[^.]*$/, "") || "tep";
  return `${stem}.${ext}`;
}

/**
 * Content-addressed file storage under one folder. A file is written to tmp/,
 * flushed, then renamed into objects/<sha256>: a crash leaves either nothing
 * or a complete file, and what no submission refers to is swept at start-up.
 */
export class FileStore {
  constructor(
    readonly root: string,
    readonly maxBytes: number,
  ) {}

  private get tmpDir() {
    return path.join(this.root, "tmp");
  }

  objectPath(sha256: string): string {
    return path.join("objects", sha256.slice(0, 2), sha256);
  }

  absolute(relative: string): string {
    const full = path.resolve(this.root, relative);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error("path outside storage");
    return full;
  }

  /** Checks and writes an incoming file to tmp/. */
  async stage(bytes: Uint8Array, declaredName?: string): Promise<Staged | StageError> {
    if (bytes.length === 0) return { error: "empty" };
    if (bytes.length > this.maxBytes) return { error: "too-large" };
    // Loaded on the first upload: the detector is large and most processes only answer questions.
    const { fileTypeFromBuffer } = await import("file-type");
    const detected = await fileTypeFromBuffer(bytes);
    let ext = detected?.ext as string | undefined;
    if (ext === "cfb") {
      // Old Word/Excel files share one container format; the name tells which.
      const named = path
        .extname(declaredName ?? "")
        .slice(1)
        .toLowerCase();
      ext = named === "xls" ? "xls" : named === "doc" ? "doc" : undefined;
    }
    const allowed = ext ? ALLOWED[ext] : undefined;
    if (!ext || !allowed) return { error: "wrong-type", detected: detected?.ext ?? "unknown" };
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    await mkdir(this.tmpDir, { recursive: true });
    const tmpPath = path.join(this.tmpDir, `${Date.now()}-${randomUUID()}`);
    await writeSynced(tmpPath, bytes);
    return {
      tmpPath,
      sha256,
      size: bytes.length,
      ext,
      mime: allowed.mime,
      kind: allowed.kind,
      fileName: sanitizeFileName(declaredName, ext),
    };
  }

  /** Moves a staged file to its permanent, content-named place; returns the relative path. */
  async commit(staged: Staged): Promise<string> {
    const relative = this.objectPath(staged.sha256);
    const target = this.absolute(relative);
    await mkdir(path.dirname(target), { recursive: true });
    const exists = await stat(target).then(
      (s) => s.size === staged.size,
      () => false,
    );
    if (exists) await rm(staged.tmpPath, { force: true });
    else await rename(staged.tmpPath, target);
    return relative;
  }

  /**
   * Keeps bytes between two messages (a plan awaiting its admin's confirmation), whatever their type, under
   * held/<sha256>; written to a temporary name first, so a crash never leaves half a file.
   */
  async hold(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const dir = path.join(this.root, "held");
    await mkdir(dir, { recursive: true });
    const tmp = path.join(dir, `.${randomUUID()}`);
    await writeSynced(tmp, bytes);
    await rename(tmp, path.join(dir, sha256));
    return sha256;
  }

  /** A chart picture for the chat, under charts/ with a random name (a link to it cannot be guessed). */
  async chart(png: Uint8Array): Promise<{ path: string; name: string }> {
    const dir = path.join(this.root, "charts");
    await mkdir(dir, { recursive: true });
    const name = `${randomUUID().replaceAll("-", "")}.png`;
    const tmp = path.join(dir, `.${name}`);
    await writeSynced(tmp, png);
    await rename(tmp, path.join(dir, name));
    return { path: path.join(dir, name), name };
  }

  /** Where a chart picture is, by the name `chart` gave it (null for any other name). */
  chartPath(name: string): string | null {
    return /^[0-9a-f]{32}\.png$/.test(name) ? path.join(this.root, "charts", name) : null;
  }

  /** Held bytes, or null when they are gone (released, or another machine's store). */
  async held(sha256: string): Promise<Uint8Array | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    return readFile(path.join(this.root, "held", sha256)).catch(() => null);
  }

  async release(sha256: string): Promise<void> {
    if (/^[0-9a-f]{64}$/.test(sha256)) await rm(path.join(this.root, "held", sha256), { force: true });
  }

  async discard(staged: Pick<Staged, "tmpPath">): Promise<void> {
    await rm(staged.tmpPath, { force: true });
  }

  async exists(tmpPath: string): Promise<boolean> {
    return stat(tmpPath).then(
      () => true,
      () => false,
    );
  }

  /**
   * Start-up sweep: staged files older than `stagedMaxAgeMs` and stored files
   * no submission refers to (older than `orphanMinAgeMs`, so another process's
   * commit in flight is never touched).
   */
  async sweep(
    referenced: Set<string>,
    now: number,
    stagedMaxAgeMs: number,
    orphanMinAgeMs: number,
  ): Promise<{ staged: number; orphans: number }> {
    let staged = 0;
    let orphans = 0;
    for (const name of await readdir(this.tmpDir).catch(() => [] as string[])) {
      const file = path.join(this.tmpDir, name);
      const s = await stat(file).catch(() => null);
      if (s && now - s.mtimeMs > stagedMaxAgeMs) {
        await rm(file, { force: true });
        staged++;
      }
    }
    const objects = path.join(this.root, "objects");
    for (const prefix of await readdir(objects).catch(() => [] as string[])) {
      for (const name of await readdir(path.join(objects, prefix)).catch(() => [] as string[])) {
        const relative = path.join("objects", prefix, name);
        if (referenced.has(relative)) continue;
        const s = await stat(this.absolute(relative)).catch(() => null);
        if (s && now - s.mtimeMs >= orphanMinAgeMs) {
          await rm(this.absolute(relative), { force: true });
          orphans++;
        }
      }
    }
    return { staged, orphans };
  }
}
