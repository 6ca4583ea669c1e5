// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the last committed prisma/schema.prisma to the current one, as `prisma migrate
// dev` would (same engine, WebAssembly build). Hand-written SQL (triggers, CHECKs) can be appended.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./lib/database.ts";
import { startTestServer } from "./lib/test-database.ts";
import { MIGRATIONS_DIR } from "./lib/migrator.ts";
import { diffSchemas } from "./lib/schema-engine.ts";

const name = process.argv[2]
  ?.trim()
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>");
  process.exit(1);
}

function committedSchema(): string | null {
  try {
    return execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null;
  }
}

const current = readFileSync(path.join(PROJECT_ROOT, "prisma", "schema.prisma"), "utf8");
// The engine needs a database connection even for a schema-to-schema diff; it changes nothing there.
const server = process.env.TEST_DATABASE_URL ? null : await startTestServer();
try {
  const sql = await diffSchemas(committedSchema(), current, process.env.TEST_DATABASE_URL ?? server!.url("postgres"));
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    console.log("schema.prisma has no change since the last commit: no migration written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    console.log(`wrote ${path.relative(PROJECT_ROOT, folder)}/migration.sql`);
  }
} finally {
  await server?.stop();
}
