import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";

const render = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("a Markdown description", () => {
  it("renders headings, lists, emphasis and links", () => {
    const html = render("## Why\n\n- **one** view\n- [docs](https://example.com/x)");
    expect(html).toContain("<h2>Why</h2>");
    expect(html).toContain("<strong>one</strong>");
    expect(html).toContain('<a href="https://example.com/x" rel="noopener noreferrer nofollow">docs</a>');
  });

  it("never lets a script, an event handler or a javascript: link through", () => {
    const html = render(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) [data](data:text/html,<b>x</b>)',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/href="data:/i);
  });
});
