import { describe, expect, it } from "vitest";
import { deepFreeze } from "@/server/cache/read-cache";
import { el, escapedText, markup } from "@/components/ui/markup";
import { madeOnce } from "@/lib/made-once";
import { firstRows } from "@/server/queries/report";

describe("a list written as text once per list from the read cache (madeOnce)", () => {
  it("is written once for a frozen list and a variant, and again for another variant or another list", () => {
    const list = deepFreeze({ rows: [{ title: "CRM <clean-up>" }], total: 1 });
    let writes = 0;
    const write = () => {
      writes += 1;
      return markup(...list.rows.map((row) => el("li", {}, { text: row.title })));
    };
    const first = madeOnce(list, "moves|en|UTC", write);
    expect(first).toBe("<li>CRM &lt;clean-up&gt;</li>");
    expect(madeOnce(list, "moves|en|UTC", write)).toBe(first);
    expect(writes).toBe(1);
    madeOnce(list, "moves|it|UTC", write);
    madeOnce(deepFreeze({ rows: [...list.rows], total: 1 }), "moves|en|UTC", write);
    expect(writes).toBe(3);
  });

  it("writes a list that is not frozen every time: it could change under the markup", () => {
    const list = { rows: ["a"], total: 1 };
    let writes = 0;
    const write = () => {
      writes += 1;
      return escapedText(list.rows.join(","));
    };
    madeOnce(list, "added|en|UTC", write);
    list.rows.push("b");
    expect(madeOnce(list, "added|en|UTC", write)).toBe("a,b");
    expect(writes).toBe(2);
  });
});

describe("the first rows of a report's list (firstRows)", () => {
  it("are the same object for the same frozen list and limit, so what is made from them is found again", () => {
    const list = deepFreeze({ rows: Array.from({ length: 30 }, (_, i) => i), total: 30 });
    const short = firstRows(list, 10);
    expect(short.rows).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(short.total).toBe(30);
    expect(Object.isFrozen(short) && Object.isFrozen(short.rows)).toBe(true);
    expect(firstRows(list, 10)).toBe(short);
    expect(firstRows(list, 50)).toBe(list);
    const open = { rows: [1, 2, 3], total: 3 };
    expect(firstRows(open, 2)).not.toBe(firstRows(open, 2));
  });
});
