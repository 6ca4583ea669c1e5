// A stand-alone embedded PostgreSQL for fault tests: `node --import tsx tests/support/run-postgres.ts <dataDir> <port> [database]`
// starts it (creating and migrating `database` on first use), prints "ready <url>" and runs until
// SIGTERM or SIGINT, when it stops the server (fast shutdown). Killing this process is how a test
// stops "the database"; running it again restarts it on the same data.
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.ts";
import { migrate } from "../../scripts/lib/migrator.ts";

const [dataDir, portText, database] = process.argv.slice(2);
if (!dataDir || !portText) {
  console.error("usage: run-postgres.ts <dataDir> <port> [database]");
  process.exit(2);
}
const server = await startEmbeddedPostgres({ dataDir, port: Number(portText), portEnvVar: "the test's port variable" });
let url = server.url("postgres");
if (database) {
  await server.createDatabase(database);
  url = server.url(database);
  await migrate(url);
}
console.log(`ready ${url}`);
// embedded-postgres's exit hook would also stop the server at SIGTERM, and end this process after
// 10 s whatever the database is doing; this script stops it itself, escalating (makeStopSafe).
for (const event of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  for (const listener of process.listeners(event)) process.removeListener(event, listener);
const stop = () => void server.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
