import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// The messages this part's client components translate (src/i18n/client-messages.ts).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="(app)/initiatives">{children}</ClientMessages>;
}
