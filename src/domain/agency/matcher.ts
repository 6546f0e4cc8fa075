import { getOrInsert } from "../collections.js";
import type { Jurisdiction } from "../../directory/types.js";
import { cleanCell, foldSameLength, foldWords } from "../text.js";
import { rx } from "../rx.js";

export interface Target {
  type: "agency" | "group";
  id: string;
}

export interface PhraseMatch {
  target: Target;
  /** The words of the source that named it, role title included. */
  phrase: string;
}

export interface ScanResult {
  matches: PhraseMatch[];
  /** Recognised remarks that name nobody ("tổng hợp"). */
  notes: string[];
  /** Words that look like an addressee but match nothing: reported, never guessed. */
  unresolved: string[];
}

// Titles of the head of a body: "Giám đốc Sở Nội vụ" is Sở Nội vụ.
const ROLES = [
  "thu truong",
  "giam doc",
  "pho giam doc",
  "chu tich",
  "pho chu tich",
  "chanh",
  "cuc truong",
  "truong",
  "truong phong",
  "lanh dao",
  "nguoi dung dau",
];
const GENERIC = ["cac", "ubnd", "ubnd cac", "uy ban nhan dan", "uy ban nhan dan cac", "tat ca"];
// Linking words that may surround names without being names.
const FILLER = rx(
  "g",
)`^(?:(?:va|cac|moi|voi|phoi hop(?: voi)?|co lien quan|lien quan|kiem tra|chu tri|cung)\b\s*)+|(?:\s*\b(?:va
    |cac|moi|voi|phoi hop(?: voi)?|co lien quan|lien quan|cung)){1,}$`;

function stripFiller(folded: string): string {
  return folded.replace(FILLER, "").trim();
}

interface TrieNode {
  next: Map<string, TrieNode>;
  value?: Target;
}

function insert(root: TrieNode, words: string[], value?: Target): void {
  let node = root;
  for (const w of words) {
    node = getOrInsert(node.next, w, () => ({ next: new Map() }));
  }
  if (value && !node.value) node.value = value;
  else if (!value) node.value = { type: "agency", id: "" };
}

/** Longest key of `root` starting at `tokens[i]`: returns the end index (exclusive) and value. */
function longest(root: TrieNode, tokens: string[], i: number): { end: number; value: Target } | null {
  let node: TrieNode | undefined = root;
  let best: { end: number; value: Target } | null = null;
  for (let j = i; j < tokens.length && node; j++) {
    node = node.next.get(tokens[j]!);
    if (node?.value) best = { end: j + 1, value: node.value };
  }
  return best;
}

function trieOf(phrases: string[]): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const p of phrases) insert(root, foldWords(p));
  return root;
}

/**
 * Finds every agency and group named in a cell of a plan, for one jurisdiction.
 * Works on folded words, so diacritics, case and punctuation do not matter.
 */
export class AgencyMatcher {
  private readonly names: TrieNode = { next: new Map() };
  private readonly prefixes: TrieNode;
  private readonly suffixes: TrieNode;
  private readonly annotations: Set<string>;

  constructor(jurisdiction: Jurisdiction, { includeSearchOnly = false } = {}) {
    for (const a of jurisdiction.agencies) {
      const target: Target = { type: "agency", id: a.id };
      for (const n of [
        a.name,
        ...(a.shortName ? [a.shortName] : []),
        ...a.aliases,
        ...(includeSearchOnly ? (a.searchOnly ?? []) : []),
      ])
        insert(this.names, foldWords(n), target);
    }
    for (const g of jurisdiction.groups) {
      const target: Target = { type: "group", id: g.id };
      for (const n of [g.name, ...g.aliases]) insert(this.names, foldWords(n), target);
    }
    const combos = [...ROLES, ...GENERIC, ...ROLES.flatMap((r) => GENERIC.map((g) => `${r} ${g}`))];
    this.prefixes = trieOf(combos);
    this.suffixes = trieOf(jurisdiction.suffixes);
    this.annotations = new Set(jurisdiction.annotations.map((a) => stripFiller(foldWords(a).join(" "))));
  }

  private matchAt(tokens: string[], i: number): { end: number; target: Target } | null {
    let best: { end: number; target: Target } | null = null;
    const starts = [i];
    let node: TrieNode | undefined = this.prefixes;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]!);
      if (node?.value) starts.push(j + 1);
    }
    for (const s of starts) {
      const hit = longest(this.names, tokens, s);
      if (!hit) continue;
      const suffix = longest(this.suffixes, tokens, hit.end);
      const end = suffix?.end ?? hit.end;
      if (!best || end > best.end) best = { end, target: hit.value };
    }
    return best;
  }

  scan(cell: string): ScanResult {
    const text = cleanCell(cell);
    const folded = foldSameLength(text);
    const spans = [...folded.matchAll(/[a-z0-9&]+/g)].map((m) => ({
      start: m.index!,
      end: m.index! + m[0].length,
      word: m[0],
    }));
    const tokens = spans.map((s) => s.word);
    const result: ScanResult = { matches: [], notes: [], unresolved: [] };
    const original = (from: number, to: number) => text.slice(spans[from]!.start, spans[to - 1]!.end);
    let leftoverFrom = -1;
    const flushLeftover = (to: number) => {
      if (leftoverFrom < 0) return;
      this.classifyLeftover(original(leftoverFrom, to), result);
      leftoverFrom = -1;
    };
    for (let i = 0; i < tokens.length; ) {
      const hit = this.matchAt(tokens, i);
      if (!hit) {
        if (leftoverFrom < 0) leftoverFrom = i;
        i++;
        continue;
      }
      flushLeftover(i);
      const phrase = original(i, hit.end);
      if (!result.matches.some((m) => m.target.type === hit.target.type && m.target.id === hit.target.id))
        result.matches.push({ target: hit.target, phrase });
      i = hit.end;
    }
    flushLeftover(tokens.length);
    return result;
  }

  private classifyLeftover(words: string, result: ScanResult): void {
    const key = stripFiller(foldWords(words).join(" "));
    if (!key) return;
    if (this.annotations.has(key)) result.notes.push(words);
    else result.unresolved.push(words);
  }
}
