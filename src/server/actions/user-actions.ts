"use server";

import type { ActionState } from "@/lib/action-state";
import {
  changeOwnPasswordSchema,
  changeRoleSchema,
  createUserSchema,
  endSessionSchema,
  resetPasswordSchema,
  setActiveSchema,
  signOutEverywhereSchema,
  signOutMyDevicesSchema,
} from "@/lib/schemas/user-schemas";
import { changeOwnPassword } from "../domain/users/change-own-password";
import { endAllOwnSessions } from "../domain/users/end-all-own-sessions";
import { endOwnSession } from "../domain/users/end-own-session";
import {
  changeUserRole,
  createUser,
  resetUserPassword,
  setUserActive,
  signOutEverywhere,
} from "../domain/users/manage-users";
import { runAction } from "./run-action";

const ADMIN_PATHS = ["/admin/users"];

export async function createUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "users.manage",
    schema: createUserSchema,
    secret: ["password"],
    success: "admin.created",
    revalidate: ADMIN_PATHS,
    run: async (ctx, input) => {
      const result = await createUser(ctx, input);
      return result.generatedPassword ? { data: { password: result.generatedPassword } } : undefined;
    },
  });
}

export async function changeUserRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "users.manage",
    schema: changeRoleSchema,
    success: "admin.roleChanged",
    revalidate: ADMIN_PATHS,
    run: (ctx, input) => changeUserRole(ctx, input),
  });
}

export async function setUserActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "users.manage",
    schema: setActiveSchema,
    success: "admin.activeChanged",
    revalidate: ADMIN_PATHS,
    run: (ctx, input) => setUserActive(ctx, input),
  });
}

export async function resetUserPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "users.manage",
    schema: resetPasswordSchema,
    secret: ["password"],
    success: "admin.passwordReset",
    revalidate: ADMIN_PATHS,
    run: async (ctx, input) => {
      const result = await resetUserPassword(ctx, input);
      return result.generatedPassword ? { data: { password: result.generatedPassword } } : undefined;
    },
  });
}

export async function signOutEverywhereAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    permission: "users.manage",
    schema: signOutEverywhereSchema,
    success: "admin.signedOut",
    revalidate: ADMIN_PATHS,
    run: (ctx, input) => signOutEverywhere(ctx, input),
  });
}

export async function changeOwnPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    schema: changeOwnPasswordSchema,
    secret: ["currentPassword", "newPassword", "confirmPassword"],
    success: "account.passwordChanged",
    run: (ctx, input) => changeOwnPassword(ctx, input),
  });
}

export async function endSessionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    schema: endSessionSchema,
    success: "account.sessionEnded",
    revalidate: ["/account"],
    run: (ctx, input) => endOwnSession(ctx, input),
  });
}

export async function signOutMyDevicesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    schema: signOutMyDevicesSchema,
    success: "account.signedOutEverywhere",
    run: (ctx) => endAllOwnSessions(ctx),
  });
}
