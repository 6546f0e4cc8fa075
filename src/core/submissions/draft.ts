import type { Staged } from "../../storage/files.js";

/** A submission being put together in the chat, kept in the account's state between messages. */
export interface Draft {
  step: "what" | "quarter" | "task" | "content" | "title" | "confirm";
  kind?: "article" | "report";
  year?: number;
  quarter?: number;
  taskId?: number;
  taskCode?: string;
  content?: { type: "text"; body: string } | { type: "link"; url: string } | { type: "file" | "photo"; staged: Staged };
  title?: string;
  replacesId?: number;
  startedAt: string;
}
