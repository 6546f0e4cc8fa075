// The channel port: what every chat channel hands the core, and what it gets back.
// No chat-platform types here: channels translate to and from these.

import type { ChannelName } from "../domain/account.js";
import type { Args } from "../i18n.js";

export type { ChannelName };

export interface Button {
  label: string;
  /** Opaque callback data, at most 64 bytes (Telegram's limit). */
  data: string;
}

/** Text uses a small HTML subset (<b>, <i>, <code>), escaped; channels without markup strip it. */
export interface OutMessage {
  text: string;
  buttons?: Button[][];
  /** A stored file to send along (the text becomes its caption where the platform allows). */
  file?: {
    path: string;
    name: string;
    kind: "document" | "photo";
    /** Where a platform that takes pictures only by address (Zalo) fetches it. */
    url?: string;
  };
  /** On channels without buttons, what to type instead (shown in place of numbered options). */
  hint?: string;
  /** On channels that number options: the first number (a push's options run on after a reply's). */
  numberFrom?: number;
}

export interface Incoming {
  channel: ChannelName;
  /** The sender's id on that platform. */
  externalId: string;
  /** Where replies go (the same as externalId in private chats). */
  chatId: string;
  displayName?: string;
  languageCode?: string;
  text?: string;
  /** Callback data of a pressed button. */
  callback?: string;
  /** A file, photo or sticker the platform sent, which the core may refuse or accept. */
  attachment?: {
    kind: "document" | "photo" | "sticker" | "other";
    fileName?: string;
    mimeType?: string;
    /** Size the platform announced, checked before downloading. */
    size?: number;
    /** Fetches the bytes through the platform (Telegram getFile...). */
    download?: () => Promise<Uint8Array>;
  };
  /** False for channels that cannot show buttons: the core numbers the options instead. */
  buttons: boolean;
}

/** The words of one language: markup (`t`, arguments escaped) and plain text (labels). */
export interface Words {
  t(id: string, args?: Args): string;
  plain(id: string, args?: Args): string;
}

/** A message for someone other than the sender, written in the recipient's own language. */
export interface Notice {
  userId: number;
  /** Only this chat account of theirs (one that just joined or is being asked about). */
  accountId?: number;
  render(words: Words): OutMessage;
}

export interface Reply {
  messages: OutMessage[];
  /** For a pressed button: replace the message that carried it (paging) rather than send anew. */
  edit?: boolean;
  /** A short notice for the button press (Telegram's answerCallbackQuery). */
  toast?: string;
  /**
   * Messages for other people (an admin asked to approve, a user told of the decision). The assistant
   * queues them in the outbox; a reply reaches a channel with this empty.
   */
  notify: Notice[];
  /** The language the reply is written in (the person's), for what channels add: "Trả lời bằng số". */
  locale?: string;
  /** The commands this person may now use, when that changed (for platforms with a command menu). */
  menu?: { command: string; description: string }[];
}

export const emptyReply = (): Reply => ({ messages: [], notify: [] });

/** Buttons in reading order: the numbering used where buttons cannot be shown. */
export function flattenButtons(rows: Button[][] | undefined): Button[] {
  return (rows ?? []).flat();
}
