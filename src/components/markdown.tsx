import ReactMarkdown, { defaultUrlTransform } from "react-markdown";

/**
 * Renders a description written in Markdown, safely: raw HTML in the text is shown as text, never
 * parsed (so no <script>, no onerror=), and links keep only http(s), mailto and relative URLs
 * (javascript: and data: are dropped).
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown space-y-3 text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">
      <ReactMarkdown
        skipHtml
        urlTransform={(url) => {
          const safe = defaultUrlTransform(url);
          return /^(https?:|mailto:|\/|#)/i.test(safe) || !/^[a-z][a-z0-9+.-]*:/i.test(safe) ? safe : "";
        }}
        components={{ a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer nofollow" /> }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
