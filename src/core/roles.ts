/** Roles a member may hold (several at once). Admin may do everything an organiser may, and more. */
export const ROLES = ['member', 'responder', 'verifier', 'dispatcher', 'caseworker', 'treasurer', 'organiser', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as the session middleware resolved it. */
export interface Principal {
  memberId: string;
  sessionId: string;
  roles: Role[];
  /** Vouched for by two members or one organiser (R-TRUST-1); until then a member only receives alerts. */
  trusted: boolean;
}

/**
 * Who may call a route:
 * - `public`: anyone, signed in or not;
 * - `signed_in`: any member with a session, even one not yet vouched for;
 * - `trusted`: a member who has been vouched for;
 * - a list of roles: a trusted member holding one of them (admin always passes).
 */
export type Access = 'public' | 'signed_in' | 'trusted' | readonly Role[];

export function isAllowed(access: Access, principal: Principal | null): boolean {
  if (access === 'public') return true;
  if (!principal) return false;
  if (access === 'signed_in') return true;
  if (!principal.trusted) return false;
  if (access === 'trusted') return true;
  return principal.roles.includes('admin') || access.some((r) => principal.roles.includes(r));
}

export const hasRole = (principal: Principal, role: Role) => principal.roles.includes(role) || principal.roles.includes('admin');
