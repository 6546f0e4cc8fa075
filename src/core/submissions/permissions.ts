import type { Account } from "../../db/user-repo.js";
import type { Turn } from "../context.js";

type Who = Pick<Account["user"], "status" | "agencyId" | "role">;

/** Who may submit for their agency: an active person of an agency whose role is among the submit roles. */
export function maySubmit(user: Who, submitRoles: Turn["config"]["submitRoles"]): boolean {
  return user.status === "active" && !!user.agencyId && submitRoles.includes(user.role);
}

/** Who may withdraw or replace a submission: those who may submit for its agency, and admins. */
export function mayChange(user: Who, submitRoles: Turn["config"]["submitRoles"], agencyId: string): boolean {
  if (user.status !== "active") return false;
  return user.role === "admin" || (maySubmit(user, submitRoles) && user.agencyId === agencyId);
}
