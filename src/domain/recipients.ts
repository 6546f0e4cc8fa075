// Who receives an agency's reminder: the rule, apart from how people are stored or reached.
import type { Audience } from "./reminders.js";

export interface StaffMember {
  userId: number;
  name: string;
  role: string;
  awayUntil: Date | null;
  standInId: number | null;
}

/** One person to reach: on their own account, on behalf of someone away, or held until they are back. */
export interface Delivery<S extends StaffMember> {
  recipient: S;
  /** The name of the person away whom the recipient stands in for. */
  onBehalfOf?: string;
  /** Away with no stand-in present: send when they are back. */
  heldUntil?: Date;
}

const presentAt = (s: StaffMember, at: Date) => !s.awayUntil || s.awayUntil <= at;

/**
 * Focal points get an agency's reminders, leaders its escalations (focal points when it has no leader).
 * Someone away is replaced by their stand-in if present, or their reminder waits for their return.
 * `unattended`: nobody is present and nobody stands in, which reviewers are told.
 */
export function recipientsFor<S extends StaffMember>(
  staff: S[],
  audience: Audience,
  at: Date,
): { deliveries: Delivery<S>[]; unattended: boolean } {
  let targets = staff.filter((u) => u.role === (audience === "leaders" ? "leader" : "focal"));
  if (targets.length === 0 && audience === "leaders") targets = staff.filter((u) => u.role === "focal");
  const unattended = targets.length > 0 && !targets.some((u) => presentAt(u, at)) && !targets.some((u) => u.standInId);
  const deliveries = targets.map((u): Delivery<S> => {
    if (presentAt(u, at)) return { recipient: u };
    const standIn = staff.find((s) => s.userId === u.standInId && presentAt(s, at));
    return standIn ? { recipient: standIn, onBehalfOf: u.name } : { recipient: u, heldUntil: u.awayUntil! };
  });
  return { deliveries, unattended };
}
