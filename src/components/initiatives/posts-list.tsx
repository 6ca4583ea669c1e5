import { getFormatter, getTranslations } from "@/i18n/server";
import type { Post, UpdatePost } from "@/server/queries/initiative-activity";
import { HealthBadge } from "@/components/ui/badge";

/** Status updates or comments, newest first, each with author, side and time. */
export async function PostsList({ posts, empty }: { posts: (Post | UpdatePost)[]; empty: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (posts.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-3">
      {posts.map((post) => (
        <li key={post.id} className="rounded-md border border-slate-200 bg-white p-3">
          <p className="text-xs text-slate-600">
            {t("updates.by", {
              name: post.author,
              side: t(`updates.side${post.side ?? "NONE"}`),
              time: new Date(post.at),
            })}
          </p>
          {"health" in post ? (
            <p className="mt-1 flex items-center gap-2 text-sm">
              <HealthBadge health={post.health} label={t(`health.${post.health}`)} />
              <span className="tabular-nums">{format.number(post.progress / 100, { style: "percent" })}</span>
            </p>
          ) : null}
          <p className="mt-1 whitespace-pre-line text-slate-800">{post.body}</p>
        </li>
      ))}
    </ul>
  );
}
