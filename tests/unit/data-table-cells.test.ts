import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { DataTable, type Column } from "@/components/ui/data-table";
import { deepFreeze } from "@/server/cache/read-cache";
import { firstItems } from "@/server/queries/report";

type Row = { id: string; title: string };

function tableCells(rows: readonly Row[], remember: string | undefined, calls: { count: number }) {
  const columns: Column<Row>[] = [
    {
      header: "Title",
      rowHeader: true,
      cell: (row) => {
        calls.count += 1;
        return row.title;
      },
    },
  ];
  const view = DataTable({ caption: "Rows", columns, rows, rowKey: (row) => row.id, remember }) as ReactElement<{
    cells: unknown[][];
  }>;
  return view.props.cells;
}

describe("a table's cells for rows from the read cache (DataTable's `remember`)", () => {
  it("are made once per frozen rows and variant, and again for another language or other rows", () => {
    const rows = deepFreeze([
      { id: "a", title: "Single customer view" },
      { id: "b", title: "CRM clean-up" },
    ]);
    const calls = { count: 0 };
    const first = tableCells(rows, "priorities|en|UTC", calls);
    expect(first).toEqual([["Single customer view"], ["CRM clean-up"]]);
    expect(tableCells(rows, "priorities|en|UTC", calls)).toBe(first);
    expect(calls.count).toBe(2);
    tableCells(rows, "priorities|it|UTC", calls);
    tableCells(deepFreeze([...rows]), "priorities|en|UTC", calls);
    expect(calls.count).toBe(6);
  });

  it("are made every time without `remember`, or for rows that are not frozen", () => {
    const calls = { count: 0 };
    const open = [{ id: "a", title: "Open" }];
    tableCells(open, "priorities|en|UTC", calls);
    tableCells(open, "priorities|en|UTC", calls);
    const frozen = deepFreeze([{ id: "a", title: "Frozen" }]);
    tableCells(frozen, undefined, calls);
    tableCells(frozen, undefined, calls);
    expect(calls.count).toBe(4);
  });

  it("of the report's first rows: the same shortened array every time (firstItems)", () => {
    const ranked = deepFreeze(Array.from({ length: 30 }, (_, i) => ({ id: String(i), title: `#${i}` })));
    expect(firstItems(ranked, 10)).toBe(firstItems(ranked, 10));
    expect(firstItems(ranked, 10)).toHaveLength(10);
    expect(firstItems(ranked, 50)).toBe(ranked);
  });
});
