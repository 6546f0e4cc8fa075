import { hcm } from "./hcm.js";
import { sadec } from "./sadec.js";
import type { AgencyEntry, GroupEntry, Jurisdiction } from "./types.js";

export type { AgencyEntry, AgencyKind, GroupEntry, Jurisdiction } from "./types.js";

/** The directory shipped with the project: one entry per jurisdiction whose plans we read. */
export const jurisdictions: Jurisdiction[] = [hcm, sadec];

export function allAgencies(): AgencyEntry[] {
  return jurisdictions.flatMap((j) => j.agencies);
}

/** Resolved member ids of a group. */
export function groupMembers(group: GroupEntry, agencies: AgencyEntry[] = allAgencies()): string[] {
  const ids = new Set(group.memberIds ?? []);
  for (const a of agencies)
    if (a.jurisdiction === group.jurisdiction && group.memberKinds?.includes(a.kind)) ids.add(a.id);
  return [...ids];
}
