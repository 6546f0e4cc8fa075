export type FileKind = "document" | "photo";

/** A file received and checked, held in the store's staging area until the submission is confirmed. */
export interface StagedFile {
  tmpPath: string;
  sha256: string;
  size: number;
  ext: string;
  mime: string;
  kind: FileKind;
  fileName: string;
}

/** A submission being put together in the chat, kept in the account's state between messages. */
export interface Draft {
  step: "what" | "quarter" | "task" | "occurrence" | "content" | "title" | "confirm";
  kind?: "article" | "report";
  year?: number;
  quarter?: number;
  taskId?: number;
  taskCode?: string;
  /** The occurrence reported on (its due date); null for a task with none scheduled. */
  due?: string | null;
  content?:
    | { type: "text"; body: string }
    | { type: "link"; url: string }
    | { type: "file" | "photo"; staged: StagedFile };
  title?: string;
  replacesId?: number;
  startedAt: string;
}
