import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers (docs/architecture.md), enforced: an import that skips or reverses a layer fails `npm test`.
// Each pattern catches the `@/` alias and the relative spelling of the same path.
const layer = (regex, message, extra = {}) => ({ regex, message, ...extra });
const LAYERS = [
  {
    files: ["src/app/**"],
    patterns: [
      layer(
        "^(@/server|(\\.\\./)+server)/(db|domain)(/|$)",
        "Routes read through src/server/queries and write through server actions, never the database or the domain.",
      ),
    ],
  },
  {
    files: ["src/components/**"],
    patterns: [
      layer(
        "^(@/server|(\\.\\./)+server)/(?!actions/|queries/)",
        "Components may use server actions and the DTO types of queries, no other server code.",
      ),
      layer(
        "^(@/server|(\\.\\./)+server)/queries/",
        "Components take a query's DTO types (import type), never call queries.",
        { allowTypeImports: true },
      ),
    ],
  },
  {
    files: ["src/lib/**"],
    patterns: [
      layer(
        "^(@/(server|components)|(\\.\\./)+(server|components))(/|$)",
        "src/lib is pure code shared by client and server: nothing from src/server or src/components.",
      ),
    ],
  },
  {
    files: ["src/server/queries/**"],
    patterns: [
      layer(
        "^(@/server/|(\\.\\./)+)(domain|actions)(/|$)|^(@/|(\\.\\./)+)components(/|$)",
        "Queries read the database; they do not use the domain, actions or components.",
      ),
    ],
  },
  {
    files: ["src/server/domain/**"],
    patterns: [
      layer(
        "^(@/server/|(\\.\\./)+)(actions|queries)(/|$)|^(@/|(\\.\\./)+)components(/|$)",
        "The domain is called by actions; it does not use actions, queries or components.",
      ),
    ],
  },
];

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      "src/generated/**",
      "playwright-report/**",
      "test-results/**",
      "reports/**",
      ".stryker-tmp/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    // Server code translates through src/i18n/server.ts, client components through src/i18n/client.ts
    // (the same API, with formatters kept per process).
    files: ["src/**"],
    ignores: ["src/i18n/server.ts", "src/i18n/client.ts", "src/components/messages-provider.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl/server",
              importNames: ["getTranslations", "getFormatter"],
              message: "Import getTranslations and getFormatter from @/i18n/server.",
            },
            {
              name: "next-intl",
              importNames: ["useTranslations", "useFormatter", "NextIntlClientProvider", "IntlProvider"],
              message:
                "Import useTranslations and useFormatter from @/i18n/client (or @/i18n/server on the server); provide messages with <MessagesProvider> or <ClientMessages>.",
            },
          ],
        },
      ],
    },
  },
  ...LAYERS.map(({ files, patterns }) => ({
    files,
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
  })),
];

export default config;
