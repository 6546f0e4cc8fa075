import type { UserRole } from "../db/user-repo.js";
import type { Words } from "./types.js";

// The slash commands each role uses, for the platforms that show a menu
// (Telegram). What a command does is decided by intent detection; this is
// only the list people are shown.
const EVERYONE = [
  "nhiemvu",
  "sapden",
  "quahan",
  "quy",
  "chutri",
  "phoihop",
  "timkiem",
  "danop",
  "vangmat",
  "trolai",
  "batnhac",
  "lienket",
  "nhacqua",
  "huy",
  "lang",
  "trogiup",
];
const SUBMIT = ["nop"];
const REVIEW = ["thongke", "chuanop", "xephang", "bang"];
const ADMIN = ["duyettk", "kehoach"];

/** Command names for a role, in menu order. */
export function commandsFor(role: UserRole, submitRoles: UserRole[]): string[] {
  const extra = [
    ...(submitRoles.includes(role) ? SUBMIT : []),
    ...(role === "reviewer" || role === "admin" ? REVIEW : []),
    ...(role === "admin" ? ADMIN : []),
  ];
  return [...EVERYONE.slice(0, 4), ...extra, ...EVERYONE.slice(4)];
}

/** The menu for people who are not linked yet. */
export const STARTER_COMMANDS = ["start", "lienket", "lang", "trogiup"];

export interface MenuEntry {
  command: string;
  description: string;
}

export function menu(names: string[], words: Words): MenuEntry[] {
  return names.map((command) => ({ command, description: words.plain(`command-${command}`) }));
}
