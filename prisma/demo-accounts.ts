// The demo accounts that `npm start` seeds into the embedded database (listed in README.md).
import type { Role } from "../src/generated/prisma/enums.ts";

export const DEMO_PASSWORD = "levers-demo-2026";

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "cmo@levers.example", name: "Chiara Marino", role: "CMO" },
  { email: "cio@levers.example", name: "Ivan Moretti", role: "CIO" },
  { email: "marketing1@levers.example", name: "Giulia Ferri", role: "MARKETING" },
  { email: "marketing2@levers.example", name: "Luca Bianchi", role: "MARKETING" },
  { email: "marketing3@levers.example", name: "Sofia Ricci", role: "MARKETING" },
  { email: "it1@levers.example", name: "Marco Gallo", role: "IT" },
  { email: "it2@levers.example", name: "Elena Costa", role: "IT" },
  { email: "it3@levers.example", name: "Davide Greco", role: "IT" },
  { email: "board1@levers.example", name: "Anna Lombardi", role: "BOARD" },
  { email: "board2@levers.example", name: "Paolo Esposito", role: "BOARD" },
  { email: "admin@levers.example", name: "Alessia Romano", role: "ADMIN" },
];
