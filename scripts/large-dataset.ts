// Generates a large synthetic data set for benchmarks: agencies, a plan of
// tasks with real deadline phrases, and users linked to the agencies.
// Usage from code: await generateLargeDataset(db, { agencies: 1000, tasks: 10000, users: 100000 })
import type { Db } from "../src/db/client.js";
import { dueDates } from "../src/domain/deadline/next.js";
import { parseDeadline } from "../src/domain/deadline/parse.js";

const PHRASES = [
  "Hàng quý",
  "Quý I/2024",
  "Quý II năm 2024",
  "Hoàn thành trong tháng 10 năm 2024",
  "Trong năm 2024",
  "Thường xuyên",
  "Khi có phát sinh",
  "Thực hiện định kỳ 06 tháng trong năm 2024",
  "Tháng 11/2024",
  "- Quý I: trình kế hoạch - Quý II và quý III năm 2024 tiến hành kiểm tra",
];

export interface LargeSize {
  agencies: number;
  tasks: number;
  users: number;
}

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

async function chunked<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Each agency's first two officials are its focal points (đầu mối) and the third its leader, as in a real city. */
function roleOf(n: number, agencies: number): string {
  const inAgency = Math.floor(n / agencies);
  return inAgency < 2 ? "focal" : inAgency === 2 ? "leader" : "official";
}

export async function generateLargeDataset(
  db: Db,
  size: LargeSize,
): Promise<{ agencyIds: string[]; externalIds: string[] }> {
  const rand = rng(42);
  const agencyIds = Array.from({ length: size.agencies }, (_, i) => `bench.a${String(i).padStart(5, "0")}`);
  await chunked(agencyIds, 500, (ids) =>
    db.agency.createMany({
      data: ids.map((id, k) => ({
        id,
        name: `Đơn vị thử ${id.slice(7)}`,
        kind: k % 10 === 0 ? "district" : "department",
        jurisdiction: "bench",
      })),
    }),
  );
  const groups = [
    { id: "bench.g-dept", name: "Các sở (thử)", members: agencyIds.filter((_, k) => k % 10 !== 0) },
    { id: "bench.g-dist", name: "Các quận (thử)", members: agencyIds.filter((_, k) => k % 10 === 0) },
  ];
  for (const g of groups) {
    await db.agencyGroup.create({ data: { id: g.id, name: g.name, jurisdiction: "bench" } });
    await chunked(g.members, 1000, (ids) =>
      db.agencyGroupMember.createMany({ data: ids.map((agencyId) => ({ groupId: g.id, agencyId })) }),
    );
  }
  await db.plan.create({
    data: {
      id: "bench-plan",
      title: "Kế hoạch thử tải",
      year: 2024,
      jurisdiction: "bench",
      format: "hcm-tsv",
      sourceFile: "(generated)",
      sourceHash: "bench",
      importedAt: new Date(),
      report: "{}",
    },
  });
  const section = await db.section.create({ data: { planId: "bench-plan", ordinal: 0, code: "1", title: "Thử tải" } });
  const tasks = Array.from({ length: size.tasks }, (_, i) => {
    const deadline = parseDeadline(PHRASES[rand(PHRASES.length)]!, { year: 2024 });
    const dates = dueDates(deadline, 2024);
    return {
      planId: "bench-plan",
      sectionId: section.id,
      key: `1/1.${i + 1}`,
      code: `1.${i + 1}`,
      ordinal: i,
      title: `Nhiệm vụ thử số ${i + 1} về cải cách hành chính và chuyển đổi số`,
      deadlineText: deadline.label,
      deadlineKind: deadline.kind,
      deadline: JSON.stringify(deadline),
      firstDue: dates[0] ?? null,
      lastDue: dates.at(-1) ?? null,
      sourceLine: i + 1,
    };
  });
  await chunked(tasks, 1000, (chunk) => db.task.createMany({ data: chunk }));
  const ids = (
    await db.task.findMany({ where: { planId: "bench-plan" }, select: { id: true }, orderBy: { id: "asc" } })
  ).map((t) => t.id);
  // Most tasks name two or three agencies; one in fifty goes to a whole group.
  const assignments = ids.flatMap((taskId) => {
    const rows: { taskId: number; role: string; agencyId: string | null; groupId: string | null; phrase: string }[] =
      [];
    if (rand(50) === 0)
      rows.push({ taskId, role: "lead", agencyId: null, groupId: groups[rand(2)]!.id, phrase: "nhóm" });
    else
      rows.push({
        taskId,
        role: "lead",
        agencyId: agencyIds[rand(agencyIds.length)]!,
        groupId: null,
        phrase: "chủ trì",
      });
    for (let k = rand(3); k >= 0; k--)
      rows.push({
        taskId,
        role: "support",
        agencyId: agencyIds[rand(agencyIds.length)]!,
        groupId: null,
        phrase: "phối hợp",
      });
    return rows;
  });
  await chunked(assignments, 2000, (chunk) => db.taskAssignment.createMany({ data: chunk }));
  const externalIds: string[] = [];
  for (let start = 0; start < size.users; start += 1000) {
    const n = Math.min(1000, size.users - start);
    await db.user.createMany({
      data: Array.from({ length: n }, (_, k) => ({
        displayName: `Cán bộ ${start + k}`,
        agencyId: agencyIds[(start + k) % agencyIds.length]!,
        role: roleOf(start + k, agencyIds.length),
        status: "active",
      })),
    });
  }
  const users = await db.user.findMany({
    where: { agency: { jurisdiction: "bench" } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  await chunked(users, 2000, (chunk) =>
    db.chatAccount.createMany({
      data: chunk.map((u) => ({
        userId: u.id,
        channel: "console",
        externalId: `bench:${u.id}`,
        chatId: `bench:${u.id}`,
      })),
    }),
  );
  for (const u of users) externalIds.push(`bench:${u.id}`);
  return { agencyIds, externalIds };
}
