import { defineConfig } from "prisma/config";

// DATABASE_URL is only needed by `prisma migrate deploy` (where the engine can be downloaded);
// `npm start` applies migrations with scripts/lib/migrator.ts instead.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
