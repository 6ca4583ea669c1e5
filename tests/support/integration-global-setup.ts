import type { TestProject } from "vitest/node";
import {
  createDatabase,
  createMigratedDatabase,
  dropDatabasesLike,
  startTestServer,
} from "../../scripts/lib/test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    databaseUrl: string;
    templateDatabase: string;
  }
}

// One migrated template per run; the shared test database and every scratch database are copies of it.
export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL ? null : await startTestServer();
  const adminUrl = process.env.TEST_DATABASE_URL ?? server!.url("postgres");
  const prefix = "levers_it_";
  const template = `${prefix}template`;
  let databaseUrl: string;
  try {
    await dropDatabasesLike(adminUrl, prefix);
    await createMigratedDatabase(adminUrl, template);
    databaseUrl = await createDatabase(adminUrl, `${prefix}shared`, template);
  } catch (error) {
    await server?.stop();
    throw error;
  }
  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("templateDatabase", template);
  return async () => {
    await dropDatabasesLike(adminUrl, prefix);
    await server?.stop();
  };
}
