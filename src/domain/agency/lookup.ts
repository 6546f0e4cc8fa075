import Fuse from "fuse.js";
import type { AgencyEntry, Jurisdiction } from "../../directory/types.js";
import { fold, foldWords } from "../text.js";
import { AgencyMatcher } from "./matcher.js";
import { rx } from "../rx.js";

export interface Candidate {
  id: string;
  name: string;
  jurisdiction: string;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
}

export interface LookupResult {
  query: string;
  match: Candidate | null;
  candidates: Candidate[];
  /** True when the best match is not clearly better than the next: ask the user. */
  ambiguous: boolean;
  /**
   * True when the closest agency does not have the words typed ("Sở Vũ Trụ", "Bộ Nội vụ", "Quận 13"): `match` is
   * then null and `candidates` are only suggestions, for every entry point to refuse or ask, never to guess.
   */
  weak: boolean;
}

const ROLE_WORDS = rx()`
    ^(?:(?:thu truong|giam doc|pho giam doc|chu tich|pho chu tich|chanh|cuc truong|truong phong|truong|can bo
    |chuyen vien|toi o|toi thuoc|em o|em thuoc|don vi|co quan)\s+)+`;
const FUZZY_LIMIT = 0.4;
const CLEAR_GAP = 0.08;

/** Edits a typed word may be from the directory's: none for short words ("bộ" is not "sở"), one or two for longer. */
const allowedEdits = (a: string, b: string) => (Math.max(a.length, b.length) <= 2 ? 0 : a.length <= 5 ? 1 : 2);

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Whether every word typed is one of the agency's own (numbers exactly, words with a typo or two). */
function wordsCovered(typed: string[], names: string[][]): boolean {
  const known = names.flat();
  return typed.every((w) =>
    /^\d+$/.test(w)
      ? known.includes(w)
      : known.some((k) => editDistance(w, k, allowedEdits(w, k)) <= allowedEdits(w, k)),
  );
}

/**
 * Finds the agency a person means: exact names and abbreviations first
 * (diacritics, case and punctuation ignored), then fuzzy matching for typos.
 */
export class AgencyDirectory {
  private readonly byIdMap = new Map<string, AgencyEntry>();
  private readonly matchers: AgencyMatcher[];
  private readonly fuse: Fuse<{ id: string; text: string }>;

  constructor(readonly jurisdictions: Jurisdiction[]) {
    for (const j of jurisdictions) for (const a of j.agencies) this.byIdMap.set(a.id, a);
    this.matchers = jurisdictions.map((j) => new AgencyMatcher(j, { includeSearchOnly: true }));
    const docs = [...this.byIdMap.values()].flatMap((a) =>
      [
        ...new Set(
          [a.name, ...(a.shortName ? [a.shortName] : []), ...a.aliases, ...(a.searchOnly ?? [])].map((n) =>
            foldWords(n).join(" "),
          ),
        ),
      ].map((text) => ({ id: a.id, text })),
    );
    this.fuse = new Fuse(docs, { keys: ["text"], includeScore: true, ignoreLocation: true, threshold: FUZZY_LIMIT });
  }

  byId(id: string): AgencyEntry | undefined {
    return this.byIdMap.get(id);
  }

  all(): AgencyEntry[] {
    return [...this.byIdMap.values()];
  }

  /** An agency's names, abbreviations and aliases as folded words. */
  private namesOf(id: string): string[][] {
    const a = this.byIdMap.get(id)!;
    return [a.name, ...(a.shortName ? [a.shortName] : []), ...a.aliases, ...(a.searchOnly ?? [])].map(foldWords);
  }

  private candidate(id: string, score: number): Candidate {
    const a = this.byIdMap.get(id)!;
    return { id, name: a.name, jurisdiction: a.jurisdiction, score: Math.round(score * 1000) / 1000 };
  }

  lookup(query: string, limit = 5): LookupResult {
    const cleaned = query.replace(/\s+/g, " ").trim().slice(0, 200);
    const result: LookupResult = { query: cleaned, match: null, candidates: [], ambiguous: false, weak: false };
    if (!foldWords(cleaned).length) return result;

    const exact = new Set<string>();
    for (const m of this.matchers) {
      const scan = m.scan(cleaned);
      if (scan.unresolved.length === 0 && scan.matches.length === 1 && scan.matches[0]!.target.type === "agency")
        exact.add(scan.matches[0]!.target.id);
    }
    const key = foldWords(fold(cleaned).replace(ROLE_WORDS, "")).join(" ");
    const fuzzy = new Map<string, number>();
    for (const hit of this.fuse.search(key, { limit: 40 })) {
      if (!fuzzy.has(hit.item.id)) fuzzy.set(hit.item.id, hit.score ?? 1);
    }
    const scored = new Map<string, number>();
    for (const id of exact) scored.set(id, Math.min(fuzzy.get(id) ?? 0, 0.001));
    for (const [id, score] of fuzzy) if (!scored.has(id)) scored.set(id, score);
    result.candidates = [...scored]
      .sort((a, b) => a[1] - b[1])
      .slice(0, limit)
      .map(([id, s]) => this.candidate(id, s));
    const [best, second] = result.candidates;
    if (!best) return result;
    if (exact.size === 0 && !wordsCovered(key.split(" "), this.namesOf(best.id))) {
      result.weak = true;
      return result;
    }
    result.match = best;
    result.ambiguous = exact.size > 1 || (exact.size === 0 && !!second && second.score - best.score < CLEAR_GAP);
    return result;
  }
}
