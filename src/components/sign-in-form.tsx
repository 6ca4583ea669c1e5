"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "@/i18n/client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { TextField } from "./form/text-field";

type FieldErrors = { email?: string; password?: string };

export function SignInForm({
  callbackUrl,
  ssoName,
  initialError,
}: {
  callbackUrl: string;
  ssoName: string | null;
  initialError: string | null;
}) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t("emailRequired");
    if (!password) errors.password = t("passwordRequired");
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) return;
    setPending(true);
    try {
      const result = await signIn("credentials", { email: email.trim(), password, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setFormError(
        result?.error === "AccountLocked"
          ? t("locked")
          : result?.status === 401 || result?.error === "CredentialsSignin"
            ? t("failed")
            : t("unavailable"),
      );
    } catch {
      setFormError(t("unavailable"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} className="space-y-5">
      <h1 id={`${id}-title`} className="text-2xl font-semibold tracking-tight">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      {formError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <TextField
        id={`${id}-email`}
        name="email"
        type="email"
        autoComplete="username"
        required
        label={t("email")}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        errors={fieldErrors.email ? [fieldErrors.email] : undefined}
      />
      <TextField
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t("password")}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        errors={fieldErrors.password ? [fieldErrors.password] : undefined}
      />
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-70"
      >
        {pending ? t("pending") : t("submit")}
      </button>
      {ssoName ? (
        <>
          <p className="text-center text-sm text-slate-500">{t("or")}</p>
          <button
            type="button"
            onClick={() => void signIn("oidc", { callbackUrl })}
            className="w-full rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
          >
            {t("sso", { name: ssoName })}
          </button>
        </>
      ) : null}
    </form>
  );
}
