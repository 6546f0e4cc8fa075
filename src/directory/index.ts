import type { AgencyEntry, GroupEntry } from "./types.js";

export { shippedJurisdictions } from "./shipped.js";
export type { AgencyEntry, AgencyKind, GroupEntry, Jurisdiction } from "./types.js";
export { namesOf } from "./types.js";

/** Resolved member ids of a group, among the agencies given (those of its jurisdiction). */
export function groupMembers(group: GroupEntry, agencies: AgencyEntry[]): string[] {
  const ids = new Set(group.memberIds ?? []);
  for (const a of agencies)
    if (a.jurisdiction === group.jurisdiction && group.memberKinds?.includes(a.kind)) ids.add(a.id);
  return [...ids];
}
