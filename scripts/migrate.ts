// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import { assertReachable, describeUrl } from "./lib/database.ts";
import { StartupError } from "./lib/embedded-postgres.ts";
import { migrate } from "./lib/migrator.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "[levers] Set DATABASE_URL to the database to migrate (npm start migrates the embedded one by itself).",
  );
  process.exit(1);
}
try {
  await assertReachable(url);
  const result = await migrate(url, { log: (line) => console.log(`[levers] ${line}`) });
  console.log(
    `[levers] ${describeUrl(url)}: ${result.applied.length} applied, ${result.alreadyApplied} already in place`,
  );
} catch (error) {
  console.error(`[levers] ${error instanceof StartupError ? error.message : String(error)}`);
  process.exit(1);
}
