"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "@/i18n/client";
import { useState } from "react";

export function SignOutButton() {
  const t = useTranslations("nav");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/login" });
      }}
      className="rounded-md border border-slate-500 px-3 py-1 text-sm text-white hover:bg-slate-700 disabled:opacity-60"
    >
      {t("signOut")}
    </button>
  );
}
