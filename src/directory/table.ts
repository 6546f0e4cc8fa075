import { fold } from "../domain/text.js";
import {
  AGENCY_KINDS,
  namesOf,
  type AgencyEntry,
  type AgencyKind,
  type GroupEntry,
  type Jurisdiction,
} from "./types.js";

// A directory as a table, one row per jurisdiction, agency, group or remark, so that a province can keep its own in
// a spreadsheet. Lists in a cell are separated by ";" (names contain commas) or line breaks.

export const COLUMNS = [
  "kind",
  "id",
  "name",
  "short_name",
  "parent",
  "groups",
  "members",
  "abbreviations",
  "aliases",
  "role_titles",
  "search_only",
] as const;
export type Column = (typeof COLUMNS)[number];
export type DirectoryRow = Partial<Record<Column, string>>;

/** Kinds of row besides the agencies' own kinds. */
const JURISDICTION = "jurisdiction";
const GROUP = "group";
const REMARK = "remark";

export interface TableProblem {
  /** Line of the file (the header is line 1). */
  line: number;
  /** Locale message id (`directory-problem-<code>`). */
  code: string;
  args: Record<string, string>;
}

export interface TableResult {
  jurisdiction: Jurisdiction | null;
  /** Anything that stops the import: the directory is taken whole or not at all. */
  errors: TableProblem[];
  /** Taken, but worth a look (one name for two agencies, an unknown column). */
  warnings: TableProblem[];
}

const ID = /^[a-z0-9][a-z0-9._-]*$/i;
const list = (cell: string | undefined) =>
  (cell ?? "")
    .split(/[;\n]/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);
const joined = (items: readonly string[] | undefined) => (items ?? []).join("; ");

type Problems = Pick<TableResult, "errors" | "warnings">;
const problem = (to: TableProblem[], line: number, code: string, args: Record<string, string> = {}) =>
  to.push({ line, code, args });

/** Reads the cells of a directory file (first row the header) into a jurisdiction, or says why not. */
export function tableToJurisdiction(cells: string[][]): TableResult {
  const p: Problems = { errors: [], warnings: [] };
  const header = headerOf(cells[0] ?? [], p);
  if (p.errors.length) return { jurisdiction: null, ...p };
  const filled = cells
    .slice(1)
    .map((r, i) => ({ line: i + 2, row: rowOf(header, r) }))
    .filter(({ row }) => Object.values(row).some((v) => v?.trim()));
  const heads = filled.filter(({ row }) => row.kind === JURISDICTION);
  if (heads.length !== 1) {
    problem(p.errors, heads[1]?.line ?? 2, heads.length ? "two-jurisdictions" : "no-jurisdiction");
    return { jurisdiction: null, ...p };
  }
  const head = heads[0]!.row;
  const j: Jurisdiction = {
    id: head.id ?? "",
    name: head.name ?? "",
    suffixes: list(head.aliases),
    agencies: [],
    groups: [],
    annotations: [],
  };
  const lines = new Map<string, number>();
  for (const { line, row } of filled) readRow(j, row, line, lines, p);
  link(j, filled, lines, p);
  sharedNames(j, lines, p.warnings);
  p.errors.sort((a, b) => a.line - b.line);
  return { jurisdiction: p.errors.length ? null : j, ...p };
}

function headerOf(first: string[], p: Problems): string[] {
  const header = first.map((h) =>
    fold(h)
      .replace(/[^a-z]+/g, "_")
      .replace(/^_|_$/g, ""),
  );
  for (const c of ["kind", "id", "name"] as const)
    if (!header.includes(c)) problem(p.errors, 1, "missing-column", { column: c });
  header.forEach((h, i) => {
    if (h && !(COLUMNS as readonly string[]).includes(h))
      problem(p.warnings, 1, "unknown-column", { column: first[i]! });
  });
  return header;
}

/** One row into the jurisdiction; its problems noted. Links (parents, groups) wait until every row is read. */
function readRow(j: Jurisdiction, row: DirectoryRow, line: number, lines: Map<string, number>, p: Problems): void {
  const kind = row.kind ?? "";
  if (kind === REMARK) {
    if (row.name) j.annotations.push(row.name);
    else problem(p.errors, line, "no-name");
    return;
  }
  const id = row.id ?? "";
  if (!ID.test(id)) return void problem(p.errors, line, id ? "bad-id" : "no-id", { id });
  if (!row.name) problem(p.errors, line, "no-name", { id });
  if (lines.has(id)) problem(p.errors, line, "duplicate-id", { id, first: String(lines.get(id)) });
  lines.set(id, line);
  if (kind === JURISDICTION) return;
  if (kind === GROUP) return void j.groups.push(groupOf(j.id, row, line, p.errors));
  if (!(AGENCY_KINDS as readonly string[]).includes(kind))
    return void problem(p.errors, line, "bad-kind", { id, kind, kinds: AGENCY_KINDS.join(", ") });
  j.agencies.push(agencyOf(j.id, kind as AgencyKind, row));
}

/** Parents and group memberships named on agency rows, checked against the rows read. */
function link(j: Jurisdiction, filled: { line: number; row: DirectoryRow }[], lines: Map<string, number>, p: Problems) {
  const agencyIds = new Set(j.agencies.map((a) => a.id));
  const groups = new Map(j.groups.map((g) => [g.id, g]));
  const rowAt = new Map(filled.map((f) => [f.line, f.row]));
  for (const a of j.agencies) {
    const line = lines.get(a.id) ?? 0;
    if (a.parent && !agencyIds.has(a.parent)) problem(p.errors, line, "unknown-parent", { id: a.id, parent: a.parent });
    for (const group of list(rowAt.get(line)?.groups)) {
      const g = groups.get(group);
      if (!g) problem(p.errors, line, "unknown-group", { id: a.id, group });
      else {
        g.memberIds ??= [];
        g.memberIds.push(a.id);
      }
    }
  }
}

function rowOf(header: string[], cells: string[]): DirectoryRow {
  const row: DirectoryRow = {};
  header.forEach((h, i) => {
    if ((COLUMNS as readonly string[]).includes(h)) row[h as Column] = (cells[i] ?? "").trim();
  });
  if (row.kind) row.kind = row.kind.toLowerCase();
  return row;
}

function agencyOf(jurisdiction: string, kind: AgencyKind, row: DirectoryRow): AgencyEntry {
  const lists = {
    abbreviations: list(row.abbreviations),
    roleTitles: list(row.role_titles),
    searchOnly: list(row.search_only),
  };
  return {
    id: row.id!,
    name: row.name!,
    kind,
    jurisdiction,
    aliases: list(row.aliases),
    ...(row.short_name ? { shortName: row.short_name } : {}),
    ...(row.parent ? { parent: row.parent } : {}),
    ...Object.fromEntries(Object.entries(lists).filter(([, v]) => v.length)),
  };
}

function groupOf(jurisdiction: string, row: DirectoryRow, line: number, errors: TableProblem[]): GroupEntry {
  const kinds = list(row.members);
  for (const k of kinds)
    if (!(AGENCY_KINDS as readonly string[]).includes(k))
      errors.push({ line, code: "bad-member", args: { id: row.id!, kind: k, kinds: AGENCY_KINDS.join(", ") } });
  return {
    id: row.id!,
    name: row.name!,
    jurisdiction,
    aliases: list(row.aliases),
    ...(kinds.length ? { memberKinds: kinds as AgencyKind[] } : {}),
  };
}

/** One name for two agencies: the plan's cell resolves to the first one, so the file's author should know. */
function sharedNames(j: Jurisdiction, lines: Map<string, number>, warnings: TableProblem[]): void {
  const owner = new Map<string, string>();
  for (const a of j.agencies)
    for (const n of new Set(namesOf(a).map(fold))) {
      const first = owner.get(n);
      if (!first) owner.set(n, a.id);
      else if (first !== a.id)
        warnings.push({ line: lines.get(a.id) ?? 0, code: "shared-name", args: { name: n, id: a.id, first } });
    }
}

/** The rows of a directory file for a jurisdiction: what `directory export` writes and the shipped files hold. */
export function jurisdictionToRows(j: Jurisdiction): DirectoryRow[] {
  const groupsOf = new Map<string, string[]>();
  for (const g of j.groups) for (const id of g.memberIds ?? []) groupsOf.set(id, [...(groupsOf.get(id) ?? []), g.id]);
  return [
    { kind: JURISDICTION, id: j.id, name: j.name, aliases: joined(j.suffixes) },
    ...j.agencies.map(
      (a): DirectoryRow => ({
        kind: a.kind,
        id: a.id,
        name: a.name,
        short_name: a.shortName ?? "",
        parent: a.parent ?? "",
        groups: joined(groupsOf.get(a.id)),
        abbreviations: joined(a.abbreviations),
        aliases: joined(a.aliases),
        role_titles: joined(a.roleTitles),
        search_only: joined(a.searchOnly),
      }),
    ),
    ...j.groups.map(
      (g): DirectoryRow => ({
        kind: GROUP,
        id: g.id,
        name: g.name,
        members: joined(g.memberKinds),
        aliases: joined(g.aliases),
      }),
    ),
    ...j.annotations.map((name): DirectoryRow => ({ kind: REMARK, name })),
  ];
}

/** Rows as cells, header first, in the column order of `COLUMNS`. */
export function rowsToCells(rows: DirectoryRow[]): string[][] {
  return [[...COLUMNS], ...rows.map((r) => COLUMNS.map((c) => r[c] ?? ""))];
}
