import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { changeUserRole, setUserActive } from "@/server/domain/users/manage-users";
import { ctxFor, makeUser } from "../support/factories";
import { useOwnDatabase } from "../support/raw-sql";

beforeAll(() => useOwnDatabase("last_admin"));

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => "no error",
    (error: { messageKey?: string }) => error.messageKey,
  );

describe("the last active administrator", () => {
  it("cannot be demoted or deactivated, by themselves or anyone", async () => {
    const admin = await makeUser("ADMIN");
    expect(await refusal(changeUserRole(ctxFor(admin), { userId: admin.id, role: "BOARD" }))).toBe("errors.lastAdmin");
    expect(await refusal(setUserActive(ctxFor(admin), { userId: admin.id, active: false }))).toBe("errors.lastAdmin");
    expect(await db().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "ADMIN",
      active: true,
    });
  });

  it("can be demoted once a second administrator exists; then the other one is the last", async () => {
    const [first, second] = await Promise.all([makeUser("ADMIN"), makeUser("ADMIN")]);
    await db().user.updateMany({
      where: { role: "ADMIN", id: { notIn: [first.id, second.id] } },
      data: { active: false },
    });
    expect(await refusal(changeUserRole(ctxFor(second), { userId: first.id, role: "BOARD" }))).toBe("no error");
    expect(await refusal(changeUserRole(ctxFor(second), { userId: second.id, role: "BOARD" }))).toBe(
      "errors.lastAdmin",
    );
  });

  it("survives two administrators demoting each other at the same moment", async () => {
    const [a, b] = await Promise.all([makeUser("ADMIN"), makeUser("ADMIN")]);
    await db().user.updateMany({ where: { role: "ADMIN", id: { notIn: [a.id, b.id] } }, data: { active: false } });
    const outcomes = await Promise.all([
      refusal(changeUserRole(ctxFor(a), { userId: b.id, role: "BOARD" })),
      refusal(changeUserRole(ctxFor(b), { userId: a.id, role: "BOARD" })),
    ]);
    expect(outcomes.sort()).toEqual(["errors.lastAdmin", "no error"]);
    expect(await db().user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});
