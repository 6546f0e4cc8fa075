import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { reuseStatements } from "./sqlite-statements.js";

/**
 * Keeps other work out of an open SQLite transaction.
 *
 * Prisma's better-sqlite3 adapter runs everything on one connection and only
 * queues transactions behind each other: a query from another request that
 * arrives while a transaction is open runs inside it, and is silently undone
 * if that transaction rolls back (seen here: two overlapping scheduler ticks,
 * one rolling back a duplicate insert, lost the other's rows). With this gate
 * a query outside a transaction waits until no transaction is open.
 */
export function gateTransactions(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === "connect") {
        return async () => {
          const adapter = await target.connect();
          reuseStatements(adapter);
          return gated(adapter);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function gated(adapter: SqlDriverAdapter): SqlDriverAdapter {
  /** Transactions, one after another: each link resolves when that transaction ends. */
  let queue: Promise<void> = Promise.resolve();
  let open: Promise<void> | null = null;

  const outside = async <T>(run: () => Promise<T>): Promise<T> => {
    while (open) await open;
    return run();
  };

  const startTransaction = async (
    isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0],
  ): Promise<Transaction> => {
    let end!: () => void;
    const mine = new Promise<void>((resolve) => (end = resolve));
    const before = queue;
    queue = before.then(() => mine);
    await before;
    open = mine;
    const finish = () => {
      if (open === mine) open = null;
      end();
    };
    let tx: Transaction;
    try {
      tx = await adapter.startTransaction(isolationLevel);
    } catch (err) {
      finish();
      throw err;
    }
    return new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === "commit" || prop === "rollback") {
          return async () => {
            try {
              await target[prop]();
            } finally {
              finish();
            }
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };

  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "startTransaction") return startTransaction;
      if (prop === "queryRaw") return (q: SqlQuery) => outside(() => target.queryRaw(q));
      if (prop === "executeRaw") return (q: SqlQuery) => outside(() => target.executeRaw(q));
      if (prop === "executeScript") return (script: string) => outside(() => target.executeScript(script));
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
