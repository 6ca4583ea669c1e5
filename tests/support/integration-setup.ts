import { inject } from "vitest";

// The app's modules read DATABASE_URL through src/server/env.ts.
process.env.DATABASE_URL = inject("databaseUrl");
