import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/session";

// Home: board members land on the dashboard, everyone else on the board.
export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  redirect(user.role === "BOARD" ? "/dashboard" : "/board");
}
