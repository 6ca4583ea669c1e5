import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { DataTable, type Column } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/server/auth/session";
import { listUsers, type UserRow } from "@/server/queries/users";
import { forbidden } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminUsersPage() {
  const user = await requireUser();
  const [users, t] = await Promise.all([listUsers(user), getTranslations()]);
  if (!users) forbidden();
  const columns: Column<UserRow>[] = [
    { header: t("admin.name"), rowHeader: true, cell: (row) => row.name },
    { header: t("admin.email"), className: "break-all", cell: (row) => row.email },
    { header: t("admin.role"), cell: (row) => t(`roles.${row.role}`) },
    { header: t("admin.state"), cell: (row) => (row.active ? t("admin.active") : t("admin.inactive")) },
    {
      header: t("admin.actions"),
      card: "bare",
      cell: (row) =>
        row.id === user.id ? <span className="text-slate-500">({t("admin.you")})</span> : <UserRowActions user={row} />,
    },
  ];
  return (
    <>
      <PageHeader title={t("admin.title")} intro={t("admin.intro")} />
      <div className="mb-8">
        <CreateUserForm />
      </div>
      <DataTable caption={t("admin.title")} columns={columns} rows={users} rowKey={(row) => row.id} />
    </>
  );
}
