import Sqlite from "better-sqlite3";
import type pg from "pg";

export type RowsQuery = <T extends unknown[]>(sql: string) => Promise<T[]>;

/**
 * Reads many rows straight through the driver. Used only for the task catalog:
 * mapping 10,000 tasks and their assignments through Prisma costs ~150 MB of
 * transient memory that the process keeps, the driver alone ~35 MB.
 * Rows come as arrays in SELECT order (cheaper than objects keyed by column).
 * Statements must be portable: double-quoted identifiers, no parameters.
 */
export interface BulkReader {
  /** Runs `work` with a query function on a connection held only for its duration. */
  read<T>(work: (rows: RowsQuery) => Promise<T>): Promise<T>;
}

/**
 * A read-only connection of its own, opened per read (WAL lets it read beside
 * the writer) and closed after: reads happen when plans change, and an idle
 * connection would keep its page cache.
 */
export function sqliteBulkReader(file: string): BulkReader {
  return {
    read: async (work) => {
      const conn = new Sqlite(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
      try {
        return await work(async <T extends unknown[]>(sql: string) => conn.prepare(sql).raw(true).all() as T[]);
      } finally {
        conn.close();
      }
    },
  };
}

/** Reads through the pool the Prisma client also uses. */
export function pgBulkReader(pool: pg.Pool): BulkReader {
  return {
    read: (work) =>
      work(async <T extends unknown[]>(sql: string) => (await pool.query({ text: sql, rowMode: "array" })).rows as T[]),
  };
}
