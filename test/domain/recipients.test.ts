import { describe, expect, it } from "vitest";
import { recipientsFor, type StaffMember } from "../../src/domain/recipients.js";

const at = new Date("2024-04-01T01:00:00Z");
const later = new Date("2024-04-08T01:00:00Z");
const earlier = new Date("2024-03-20T01:00:00Z");
const person = (userId: number, role: string, extra: Partial<StaffMember> = {}): StaffMember => ({
  userId,
  name: `P${userId}`,
  role,
  awayUntil: null,
  standInId: null,
  ...extra,
});
const ids = (r: ReturnType<typeof recipientsFor>) =>
  r.deliveries.map((d) => [d.recipient.userId, d.onBehalfOf ?? null, d.heldUntil?.toISOString() ?? null]);

describe("who receives an agency's reminder", () => {
  it("focal points get reminders, leaders escalations; officials only as stand-ins", () => {
    const staff = [person(1, "focal"), person(2, "leader"), person(3, "official")];
    expect(ids(recipientsFor(staff, "focal", at))).toEqual([[1, null, null]]);
    expect(ids(recipientsFor(staff, "leaders", at))).toEqual([[2, null, null]]);
  });

  it("an agency without a leader escalates to its focal points", () => {
    expect(ids(recipientsFor([person(1, "focal")], "leaders", at))).toEqual([[1, null, null]]);
  });

  it("someone back from leave (away until before now) is present", () => {
    expect(ids(recipientsFor([person(1, "focal", { awayUntil: earlier })], "focal", at))).toEqual([[1, null, null]]);
  });

  it("someone away is replaced by a present stand-in, named as acting for them", () => {
    const staff = [person(1, "focal", { awayUntil: later, standInId: 3 }), person(3, "official")];
    const r = recipientsFor(staff, "focal", at);
    expect(ids(r)).toEqual([[3, "P1", null]]);
    expect(r.unattended).toBe(false);
  });

  it("a stand-in who is away too does not count: the reminder waits for the return, reviewers are told", () => {
    const staff = [person(1, "focal", { awayUntil: later, standInId: 3 }), person(3, "official", { awayUntil: later })];
    const r = recipientsFor(staff, "focal", at);
    expect(ids(r)).toEqual([[1, null, later.toISOString()]]);
    // A stand-in is named, so the agency is not reported as unattended.
    expect(r.unattended).toBe(false);
    const alone = recipientsFor([person(1, "focal", { awayUntil: later })], "focal", at);
    expect(alone.unattended).toBe(true);
  });

  it("an agency with nobody to reach is not 'unattended': there is nobody to be away", () => {
    expect(recipientsFor([person(3, "official")], "focal", at)).toEqual({ deliveries: [], unattended: false });
  });
});
