import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { PageHeading } from "@/components/page-heading";
import { requireUser } from "@/server/auth/session";
import { listUsers } from "@/server/queries/users";
import { forbidden } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminUsersPage() {
  const user = await requireUser();
  const [users, t] = await Promise.all([listUsers(user), getTranslations()]);
  if (!users) forbidden();
  return (
    <>
      <PageHeading title={t("admin.title")} intro={t("admin.intro")} />
      <div className="mb-8">
        <CreateUserForm />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t("admin.name")}</th>
              <th scope="col" className="px-3 py-2">{t("admin.email")}</th>
              <th scope="col" className="px-3 py-2">{t("admin.role")}</th>
              <th scope="col" className="px-3 py-2">{t("admin.state")}</th>
              <th scope="col" className="px-3 py-2">{t("admin.actions")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="px-3 py-2 text-left align-top font-medium">{row.name}</th>
                <td className="px-3 py-2">{row.email}</td>
                <td className="px-3 py-2">{t(`roles.${row.role}`)}</td>
                <td className="px-3 py-2">{row.active ? t("admin.active") : t("admin.inactive")}</td>
                <td className="px-3 py-2">
                  {row.id === user.id ? <span className="text-slate-500">({t("admin.you")})</span> : <UserRowActions user={row} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
