import NextAuth from "next-auth";
import { authOptionsFor } from "@/server/auth/options";
import { isHttpsRequest } from "@/server/auth/request-security";

// Cookies are `Secure` when this request came over https (directly, or through a trusted proxy).
const secure = NextAuth(authOptionsFor(true));
const plain = NextAuth(authOptionsFor(false));

function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return (isHttpsRequest(request.headers, request.url) ? secure : plain)(request, context);
}

export { handler as GET, handler as POST };
