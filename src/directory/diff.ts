import { groupMembers } from "./index.js";
import type { AgencyEntry, GroupEntry, Jurisdiction } from "./types.js";

export interface EntryRef {
  type: "agency" | "group";
  id: string;
  name: string;
}

export interface DirectoryDiff {
  added: EntryRef[];
  /** Gone from the file: kept in the database as inactive. */
  removed: EntryRef[];
  changed: (EntryRef & { fields: string[] })[];
}

type Entry = AgencyEntry | GroupEntry;

/** What a directory changes against the one loaded before (none: everything is added). */
export function diffDirectories(before: Jurisdiction | null, after: Jurisdiction): DirectoryDiff {
  const diff: DirectoryDiff = { added: [], removed: [], changed: [] };
  const compare = (type: EntryRef["type"], old: Entry[], now: Entry[], view: (e: Entry) => Record<string, unknown>) => {
    const byId = new Map(old.map((e) => [e.id, e]));
    for (const e of now) {
      const was = byId.get(e.id);
      const ref = { type, id: e.id, name: e.name };
      if (!was) diff.added.push(ref);
      else {
        const [a, b] = [view(was), view(e)];
        const fields = Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
        if (fields.length) diff.changed.push({ ...ref, fields });
      }
      byId.delete(e.id);
    }
    for (const e of byId.values()) diff.removed.push({ type, id: e.id, name: e.name });
  };
  const agencyView = (e: Entry) => {
    const a = e as AgencyEntry;
    return {
      name: a.name,
      kind: a.kind,
      short_name: a.shortName ?? "",
      parent: a.parent ?? "",
      names: sorted([...a.aliases, ...(a.abbreviations ?? []), ...(a.roleTitles ?? []), ...(a.searchOnly ?? [])]),
    };
  };
  const groupView = (agencies: AgencyEntry[]) => (e: Entry) => {
    const g = e as GroupEntry;
    return { name: g.name, names: sorted(g.aliases), members: sorted(groupMembers(g, agencies)) };
  };
  compare("agency", before?.agencies ?? [], after.agencies, agencyView);
  const oldGroups = before?.groups ?? [];
  const oldMembers = groupView(before?.agencies ?? []);
  const newMembers = groupView(after.agencies);
  compare("group", oldGroups, after.groups, (e) => (oldGroups.includes(e as GroupEntry) ? oldMembers : newMembers)(e));
  return diff;
}

const sorted = (xs: string[]) => [...new Set(xs)].sort();
