import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { seedDemoData } from "../../prisma/seed.ts";

/** Seeds the demo data when the database has no users yet (first run only). Returns true if it seeded. */
export async function seedIfEmpty(connectionString: string): Promise<boolean> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    if ((await prisma.user.count()) > 0) return false;
    await seedDemoData(prisma);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}
