import type core from "./messages/core.en.json";
import type board from "./messages/board.en.json";
import type workflow from "./messages/workflow.en.json";
import type kpis from "./messages/kpis.en.json";
import type dashboard from "./messages/dashboard.en.json";
import type operations from "./messages/operations.en.json";
import type triage from "./messages/triage.en.json";
import type { Locale } from "./locales";

// Typed message keys: next-intl checks every t("…") key against the English catalogue at compile time
// (tests/unit/message-keys.test.ts checks that Italian has the same keys).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof core &
      typeof board &
      typeof workflow &
      typeof kpis &
      typeof dashboard &
      typeof operations &
      typeof triage;
  }
}
