import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { serverEnv } from "../env";

// One LISTEN connection per app instance, fanned out in-process to every open browser stream.
// Postgres delivers a notification to every listening instance at commit (see the migration
// 20261123020000_board_change_notifications), so all instances stay in step.

export const BOARD_CHANNEL = "levers_board";

const globalForLive = globalThis as unknown as { leversBoardChanges?: BoardChanges };

class BoardChanges {
  private readonly emitter = new EventEmitter();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  /** Calls `listener` with the changed table's name after each committed change; returns an unsubscribe. */
  subscribe(listener: (table: string) => void): () => void {
    this.emitter.on("change", listener);
    void this.ensureListening();
    return () => {
      this.emitter.off("change", listener);
    };
  }

  private ensureListening(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= (async () => {
      const url = serverEnv().DATABASE_URL;
      if (!url) return;
      const client = new pg.Client({ connectionString: url });
      client.on("notification", (message) => this.emitter.emit("change", message.payload ?? ""));
      client.on("error", () => this.reset(client));
      client.on("end", () => this.reset(client));
      try {
        await client.connect();
        await client.query(`LISTEN ${BOARD_CHANNEL}`);
        this.client = client;
      } catch (error) {
        console.error("[levers] live board: cannot LISTEN; browsers will not update live", error);
        await client.end().catch(() => undefined);
      } finally {
        this.connecting = null;
      }
    })();
    return this.connecting;
  }

  /** A dropped connection is re-opened while anyone is still listening. */
  private reset(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.emitter.listenerCount("change") > 0) setTimeout(() => void this.ensureListening(), 1000).unref();
  }
}

export function boardChanges(): BoardChanges {
  globalForLive.leversBoardChanges ??= new BoardChanges();
  return globalForLive.leversBoardChanges;
}
