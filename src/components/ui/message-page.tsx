import Link from "next/link";

/**
 * A whole page that only says why there is nothing to show (not found, not allowed): its one h1, a
 * sentence, and a link home.
 */
export function MessagePage({ title, message, homeLabel }: { title: string; message: string; homeLabel: string }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600">{message}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        {homeLabel}
      </Link>
    </main>
  );
}
