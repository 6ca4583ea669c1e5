import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { isUuid } from "@/lib/schemas/dates";
import { serverEnv } from "../env";
import { logger } from "../log";

// One LISTEN connection per app instance, fanned out in-process to every open browser stream.
// Postgres delivers a notification to every listening instance at commit (see the migration
// 20261123020000_board_change_notifications), so all instances stay in step.
//
// The connection heals: when it drops (a database restart, a network cut, a failed ping) it is
// re-opened with backoff for as long as anyone listens, and every listener is told to resynchronise
// afterwards, since notifications sent during the gap are lost. Listeners also learn the state, so
// browsers show the truth ("Live" only while changes can actually arrive).

export const BOARD_CHANNEL = "levers_board";

export type LiveStatus = "live" | "reconnecting";
/** The initiatives a change touched, or "*" when it may touch any (many rows, or every score rank). */
export type ChangedIds = string[] | "*";
export type LiveEvent =
  | { type: "change"; table: string; ids: ChangedIds }
  | { type: "status"; status: LiveStatus }
  /** Changes may have been missed: read everything afresh. */
  | { type: "resync" }
  /** The app is stopping: end the stream. */
  | { type: "shutdown" };

export interface BoardChangesOptions {
  /** Connection string; defaults to LEVERS_LISTEN_DATABASE_URL, else DATABASE_URL. */
  connectionString?: string;
  /** First retry delay and its cap (ms); each failed attempt doubles it. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** How often a live connection is checked with a round trip (ms). */
  pingMs?: number;
  connectTimeoutMs?: number;
}

/**
 * Reads a notification's payload: `{"t":"Initiative","ids":["…"]}` (migration
 * 20261202070000_board_change_ids) or `{"t":"TriageScore","ids":"*"}`; anything else (a bare table
 * name, as before that migration) is a change to any row.
 */
export function parseBoardChange(payload: string): { table: string; ids: ChangedIds } {
  try {
    const parsed = JSON.parse(payload) as { t?: unknown; ids?: unknown };
    const table = typeof parsed.t === "string" ? parsed.t : "";
    if (Array.isArray(parsed.ids) && parsed.ids.length > 0 && parsed.ids.every(isUuid)) {
      return { table, ids: parsed.ids as string[] };
    }
    return { table, ids: "*" };
  } catch {
    return { table: payload, ids: "*" };
  }
}

const globalForLive = globalThis as unknown as { leversBoardChanges?: BoardChanges };

export class BoardChanges {
  private readonly emitter = new EventEmitter();
  private client: pg.Client | null = null;
  private connecting = false;
  private state: LiveStatus = "reconnecting";
  private everConnected = false;
  private attempts = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly options: BoardChangesOptions = {}) {
    this.emitter.setMaxListeners(0);
  }

  /** The state now: "live" while the LISTEN connection is up. */
  status(): LiveStatus {
    return this.state;
  }

  /** Calls `listener` with every event (changes, state, resync, shutdown); returns an unsubscribe. */
  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.emitter.on("event", listener);
    if (!this.stopped && !this.client && !this.connecting && !this.retryTimer) void this.connect();
    return () => {
      this.emitter.off("event", listener);
    };
  }

  listenerCount(): number {
    return this.emitter.listenerCount("event");
  }

  /** Ends every stream and the LISTEN connection, and stops reconnecting (app shutdown). */
  async shutdown(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.clearTimers();
    this.emit({ type: "shutdown" });
    this.emitter.removeAllListeners("event");
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private emit(event: LiveEvent): void {
    this.emitter.emit("event", event);
  }

  private setState(state: LiveStatus): void {
    if (this.state === state) return;
    this.state = state;
    this.emit({ type: "status", status: state });
  }

  private async connect(): Promise<void> {
    const connectionString =
      this.options.connectionString ?? serverEnv().LEVERS_LISTEN_DATABASE_URL ?? serverEnv().DATABASE_URL;
    if (!connectionString || this.stopped) return;
    this.connecting = true;
    const timeout = this.options.connectTimeoutMs ?? serverEnv().LEVERS_DB_CONNECT_TIMEOUT_MS;
    const client = new pg.Client({
      connectionString,
      connectionTimeoutMillis: timeout,
      query_timeout: timeout,
      keepAlive: true,
      application_name: "levers-live",
    });
    client.on("notification", (message) => this.emit({ type: "change", ...parseBoardChange(message.payload ?? "") }));
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${BOARD_CHANNEL}`);
    } catch (error) {
      this.connecting = false;
      await client.end().catch(() => undefined);
      this.attempts += 1;
      const delay = this.backoff();
      // The first failure and then every tenth: enough to see it, not a flood during an outage.
      if (this.attempts === 1 || this.attempts % 10 === 0) {
        logger().warn({ err: error, attempt: this.attempts, retryInMs: delay }, "live board: cannot LISTEN; retrying");
      }
      this.scheduleRetry(delay);
      return;
    }
    this.connecting = false;
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    const wasGap = this.everConnected || this.attempts > 0;
    if (this.attempts > 0) logger().info({ attempts: this.attempts }, "live board: listening again");
    this.everConnected = true;
    this.attempts = 0;
    this.startPing(client);
    this.setState("live");
    if (wasGap) this.emit({ type: "resync" });
  }

  /** A dropped connection is re-opened with backoff while anyone still listens. */
  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.clearTimers();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    logger().warn("live board: LISTEN connection lost; reconnecting");
    this.setState("reconnecting");
    this.attempts = Math.max(this.attempts, 1);
    this.scheduleRetry(this.options.minBackoffMs ?? 250);
  }

  private scheduleRetry(delay: number): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.listenerCount() > 0) void this.connect();
    }, delay);
    this.retryTimer.unref();
  }

  private backoff(): number {
    const min = this.options.minBackoffMs ?? 250;
    const max = this.options.maxBackoffMs ?? 5_000;
    const base = Math.min(max, min * 2 ** Math.min(this.attempts - 1, 16));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }

  /** A socket can die silently (a cut network): a regular round trip finds out. */
  private startPing(client: pg.Client): void {
    const every = this.options.pingMs ?? 15_000;
    this.pingTimer = setInterval(() => {
      client.query("SELECT 1").catch(() => this.lost(client));
    }, every);
    this.pingTimer.unref();
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.retryTimer = null;
    this.pingTimer = null;
  }
}

export function boardChanges(): BoardChanges {
  globalForLive.leversBoardChanges ??= new BoardChanges();
  return globalForLive.leversBoardChanges;
}
