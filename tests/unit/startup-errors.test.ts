// The one-line errors `npm start` prints, each naming the fix.
import { writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertReachable } from "../../scripts/lib/database.ts";
import { assertDataDirUsable, assertPortFree } from "../../scripts/lib/embedded-postgres.ts";
import { readStartConfig } from "../../scripts/lib/start-config.ts";

describe("start-up errors", () => {
  let busy: net.Server;
  let busyPort = 0;
  beforeAll(async () => {
    busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    busyPort = (busy.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it("a port in use names the port and the variable that changes it", async () => {
    await expect(assertPortFree(busyPort, "embedded PostgreSQL", "LEVERS_PG_PORT")).rejects.toThrow(
      `Port ${busyPort} (embedded PostgreSQL) is already in use. Stop the other process or set LEVERS_PG_PORT to a free port.`,
    );
  });

  it("an unreachable external database shows the host but never the password", async () => {
    const error = await assertReachable("postgresql://levers:s3cret-pass@127.0.0.1:1/levers").catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Cannot reach the database at 127\.0\.0\.1:1 /);
    expect((error as Error).message).toContain("unset DATABASE_URL");
    expect((error as Error).message).not.toContain("s3cret-pass");
  });

  it("a data folder that cannot be created says so and names LEVERS_DATA_DIR", () => {
    const file = path.join(os.tmpdir(), `levers-not-a-folder-${process.pid}`);
    writeFileSync(file, "x");
    expect(() => assertDataDirUsable(path.join(file, "postgres"))).toThrow(/is not usable .*LEVERS_DATA_DIR/);
  });

  it("a malformed setting names the variable", () => {
    expect(() => readStartConfig({ PORT: "eighty" })).toThrow(/Invalid setting: PORT/);
    expect(readStartConfig({}).port).toBe(3000);
    expect(readStartConfig({ LEVERS_MIGRATE_ON_START: "false" }).migrateOnStart).toBe(false);
  });
});
