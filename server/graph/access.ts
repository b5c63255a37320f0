import { govError } from "../errors.ts";

/** Roles in increasing power: a viewer reads, an editor also writes, an admin also manages API tokens. */
export const ACCESS_ROLES = ["viewer", "editor", "admin"] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

/** Who is calling, as established from a JWT or an API token. */
export interface AuthUser {
  /** Stable identity: `token:<id>`, `jwt:<issuer>|<subject>`, or `cli:<login>` for the command-line tools. */
  id: string;
  /** What the audit log shows as the actor. */
  name: string;
  role: AccessRole;
  /** partner-link: a partner answering a self-assessment through their own link (never a role beyond that). */
  via: "token" | "jwt" | "cli" | "session" | "partner-link";
  /**
   * The areas (ids) the role is limited to, with their sub-areas (PART_OF);
   * absent or null: every area. Checked by server/graph/area-scope.ts.
   */
  areas?: readonly string[] | null;
}

export function isAccessRole(value: unknown): value is AccessRole {
  return typeof value === "string" && (ACCESS_ROLES as readonly string[]).includes(value);
}

export function roleAtLeast(role: AccessRole, needed: AccessRole): boolean {
  return ACCESS_ROLES.indexOf(role) >= ACCESS_ROLES.indexOf(needed);
}

/**
 * Returns the caller when their role is at least `needed`.
 * @throws GOV_UNAUTHENTICATED for an anonymous caller, GOV_FORBIDDEN for a lesser role
 */
export function requireRole(user: AuthUser | null | undefined, needed: AccessRole, action: string): AuthUser {
  if (!user) throw govError("GOV_UNAUTHENTICATED", { detail: `${action} needs the ${needed} role`, requiredRole: needed });
  if (!roleAtLeast(user.role, needed)) {
    throw govError("GOV_FORBIDDEN", { detail: `${action} needs the ${needed} role; you are ${user.role}`, requiredRole: needed });
  }
  return user;
}
