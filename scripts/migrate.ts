// npm run migrate — applies pending migrations to DATABASE_URL (start-up does the same).
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/client.js";

const config = loadConfig();
const db = await openDatabase(config.DATABASE_URL);
console.log(db.appliedMigrations.length ? `applied: ${db.appliedMigrations.join(", ")}` : "database is up to date");
await db.close();
