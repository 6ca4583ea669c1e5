import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "@/i18n/messages/core.en.json";

// Message keys are typed (src/i18n/app-config.d.ts): `npm test` typechecks, so a key missing from the
// English catalogue fails the build. The @ts-expect-error lines below prove the typing is on: if it
// were off, they would be unused and the typecheck would fail on them.
describe("typed message keys", () => {
  it("accepts a key of the catalogue and refuses, at compile time, one that is not in it", () => {
    const t = createTranslator({ locale: "en", messages: messages as unknown as Messages });
    expect(t("nav.board")).toBe(messages.nav.board);
    // @ts-expect-error "nav.noSuchKey" is not a key of the English catalogue
    expect(() => t("nav.noSuchKey")).not.toThrow();
  });
});
