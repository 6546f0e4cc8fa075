import { describe, expect, it } from "vitest";
import { rankCompletions } from "../../src/core/ranking.js";

const row = (agency: string, due: number, onTime: number, late = 0, accepted = 0) => ({
  agencyId: agency,
  agency,
  due,
  onTime,
  late,
  missing: due - onTime - late,
  accepted,
  onTimeRate: due ? onTime / due : null,
});

describe("ranking rules", () => {
  it("orders by the share on time, then the share reported, then the share accepted", () => {
    const rows = rankCompletions([
      row("Sở A", 4, 2, 2),
      row("Sở B", 4, 2, 0),
      row("Sở C", 4, 4),
      row("Sở D", 4, 2, 2, 2),
      row("Sở E", 8, 4, 4, 2),
      row("Sở G", 6, 2, 0),
    ]);
    expect(rows.map((r) => `${r.rank} ${r.agency}`)).toEqual([
      "1 Sở C",
      "2 Sở D",
      "3 Sở E",
      "4 Sở A",
      "5 Sở B",
      "6 Sở G",
    ]);
  });

  it("does not punish owing more: the same shares are the same rank", () => {
    const rows = rankCompletions([row("Sở A", 1, 0), row("Sở B", 5, 0), row("Sở C", 3, 1), row("Sở D", 6, 2)]);
    expect(rows.map((r) => `${r.rank} ${r.agency}`)).toEqual(["1 Sở C", "1 Sở D", "3 Sở A", "3 Sở B"]);
  });

  it("leaves out agencies with nothing due, and shares a rank on a tie, listed naturally", () => {
    const rows = rankCompletions([
      row("UBND Quận 10", 4, 3),
      row("UBND Quận 3", 4, 3),
      row("UBND Quận 1", 4, 3),
      row("UBND Quận 11", 4, 4),
      row("UBND Quận 12", 0, 0),
    ]);
    expect(rows.map((r) => `${r.rank} ${r.agency}`)).toEqual([
      "1 UBND Quận 11",
      "2 UBND Quận 1",
      "2 UBND Quận 3",
      "2 UBND Quận 10",
    ]);
  });
});
