import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { DEMO, expect, test } from "./support/fixtures";
import {
  DATA_DIR,
  isRunning,
  NEXTAUTH_SECRET,
  postmasterPid,
  processTree,
  run,
  startPostgres,
  waitFor,
  type Running,
} from "./support/processes";

// `npm start` as an operator runs it: its own embedded PostgreSQL (LEVERS_DATA_DIR/e2e-npm-start),
// web port LEVERS_E2E_START_PORT (default 3124), database port LEVERS_E2E_START_PG_PORT (default
// 54385), and the production build the e2e run already made.

test.describe.configure({ mode: "serial" });

const port = Number(process.env.LEVERS_E2E_START_PORT ?? 3124);
const pgPort = Number(process.env.LEVERS_E2E_START_PG_PORT ?? 54385);
const dataDir = path.join(DATA_DIR, "e2e-npm-start");
const base = `http://127.0.0.1:${port}`;
let levers: Running | null = null;

/** The folder postgres really uses (as root it may be a temp folder; start-up names it). */
const pgDataDir = () => /data in (\S+?),/.exec(levers!.output())?.[1] ?? path.join(dataDir, "postgres");

test.beforeAll(async () => {
  test.setTimeout(300_000);
  rmSync(dataDir, { recursive: true, force: true });
  levers = run("npm", ["start", "--silent"], {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    LEVERS_PG_PORT: String(pgPort),
    LEVERS_DATA_DIR: dataDir,
    NEXTAUTH_SECRET,
    NEXTAUTH_URL: base,
    DATABASE_URL: "",
  });
  await waitFor(
    "npm start to answer",
    async () => {
      if (levers!.child.exitCode !== null) throw new Error(`npm start exited: ${levers!.output()}`);
      return (await fetch(`${base}/api/ready`)).ok;
    },
    280_000,
  );
});

test.afterAll(async () => {
  // Only after a failure is anything left: stop all of it.
  if (!levers) return;
  const postgres = postmasterPid(pgDataDir());
  for (const pid of [...processTree(levers.child.pid!), ...(postgres ? [postgres] : [])]) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

test("health and readiness endpoints answer for load balancers", async ({ request }) => {
  const health = await request.get(`${base}/api/health`);
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok" });
  const ready = await request.get(`${base}/api/ready`);
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ready", database: "reachable", migrations: "applied" });
});

test("a killed embedded PostgreSQL is restarted, logged, and the app is ready again by itself", async ({ request }) => {
  const pid = postmasterPid(pgDataDir());
  expect(pid, "postmaster.pid").toBeTruthy();
  process.kill(pid!, "SIGKILL");
  await waitFor(
    "the restart to be logged",
    async () => /stopped unexpectedly \(signal SIGKILL\); restarting/.test(levers!.output()),
    30_000,
  );
  await waitFor(
    "PostgreSQL to run again",
    async () => /embedded PostgreSQL is running again/.test(levers!.output()),
    60_000,
  );
  await expect.poll(async () => (await request.get(`${base}/api/ready`)).status(), { timeout: 30_000 }).toBe(200);
  expect(postmasterPid(pgDataDir())).not.toBe(pid);
});

test("SIGTERM with an open board stream stops everything, lets requests in flight finish and loses no acknowledged write", async () => {
  test.setTimeout(120_000);
  // A signed-in board stream, open until the server ends it.
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookie = csrfResponse.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const signIn = async () => {
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, email: DEMO.board, password: DEMO_PASSWORD, json: "true" }),
      redirect: "manual",
    });
    return {
      response,
      cookie: response.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    };
  };
  const first = await signIn();
  const stream = await fetch(`${base}/api/board/events`, { headers: { cookie: `${cookie}; ${first.cookie}` } });
  expect(stream.status).toBe(200);
  const reader = stream.body!.getReader();
  const streamEnded = (async () => {
    for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) return true;
  })();

  const tree = processTree(levers!.child.pid!);
  const postgresPid = postmasterPid(pgDataDir())!;
  expect(tree.length).toBeGreaterThan(1);
  expect(isRunning(postgresPid)).toBe(true);

  // Sign-ins are writes (each one an activity event). Several are in flight when the signal comes.
  // A sign-in is acknowledged when it answers 200 with a session cookie.
  const startedAt = new Date();
  let signalAt = Number.POSITIVE_INFINITY;
  const outcomes: { started: number; ended: number; acknowledged: boolean }[] = [];
  const worker = async () => {
    // Until the signal, and one request after it (refused, or still served while the app drains).
    for (let afterSignal = 0; afterSignal < 2;) {
      const started = Date.now();
      const acknowledged = await signIn().then(
        ({ response, cookie: session }) => response.status === 200 && session.includes("next-auth.session-token"),
        () => false,
      );
      outcomes.push({ started, ended: Date.now(), acknowledged });
      if (started > signalAt) afterSignal += 1;
      if (!acknowledged && started > signalAt) return;
    }
  };
  const workers = Promise.all([worker(), worker(), worker()]);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  signalAt = Date.now();
  levers!.child.kill("SIGTERM");
  const stopped = await Promise.race([
    levers!.exited.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
  ]);
  expect(stopped, `npm start did not stop within 30 s:\n${levers!.output().slice(-3000)}`).toBe(true);
  await workers;

  expect(await streamEnded).toBe(true);
  for (const pid of [...tree, postgresPid]) expect(isRunning(pid), `process ${pid} is still running`).toBe(false);
  await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  expect(levers!.output()).toContain("the database has stopped");

  // Requests sent before the signal (allowing 20 ms for it to travel npm → tsx → node → Next) all finish.
  const sentBefore = outcomes.filter((outcome) => outcome.started < signalAt - 20);
  expect(
    sentBefore.some((outcome) => outcome.ended > signalAt),
    "some requests were in flight at the signal",
  ).toBe(true);
  expect(
    sentBefore.every((outcome) => outcome.acknowledged),
    "every request sent before the signal was answered",
  ).toBe(true);
  const acknowledged = outcomes.filter((outcome) => outcome.acknowledged).length;

  // Start the same database again: every acknowledged sign-in is there.
  const database = await startPostgres(pgDataDir(), pgPort);
  try {
    const client = new pg.Client({ connectionString: database.url.replace(/\/postgres$/, "/levers") });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(
        `SELECT count(*) FROM "ActivityEvent" WHERE action = 'auth.signed_in' AND "entityId" = $1 AND "occurredAt" >= $2`,
        [DEMO.board, startedAt],
      );
      expect(Number(rows[0]!.count)).toBeGreaterThanOrEqual(acknowledged);
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
});

test("when the embedded PostgreSQL keeps failing, npm start gives up with a clear message and stops", async () => {
  test.setTimeout(180_000);
  // The same (already prepared) data folder, allowed no restart at all: the first crash is one too many.
  levers = run("npm", ["start", "--silent"], {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    LEVERS_PG_PORT: String(pgPort),
    LEVERS_DATA_DIR: dataDir,
    LEVERS_PG_MAX_RESTARTS: "0",
    NEXTAUTH_SECRET,
    NEXTAUTH_URL: base,
    DATABASE_URL: "",
  });
  await waitFor(
    "npm start to answer",
    async () => {
      if (levers!.child.exitCode !== null) throw new Error(`npm start exited: ${levers!.output()}`);
      return (await fetch(`${base}/api/ready`)).ok;
    },
    150_000,
  );
  const tree = processTree(levers.child.pid!);
  process.kill(postmasterPid(pgDataDir())!, "SIGKILL");
  await levers.exited;
  expect(levers.child.exitCode).toBe(1);
  expect(levers.output()).toMatch(/embedded PostgreSQL keeps stopping \(.*0 allowed\); giving up.*Check the disk/);
  for (const pid of tree) expect(isRunning(pid), `process ${pid} is still running`).toBe(false);
});
