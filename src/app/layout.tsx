import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    // public/: the app's icon and web manifest (served without a session, see src/proxy.ts).
    manifest: "/manifest.webmanifest",
    icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-icon.png" },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // Only what the frame's client components translate goes to every page; a segment's layout adds
  // what its own translate (src/i18n/client-messages.ts).
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
