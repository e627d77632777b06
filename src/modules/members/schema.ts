/** Tables of the members module. A member is a pseudonym, languages and roles — nothing more. */
export interface MemberTable {
  id: string;
  displayName: string;
  /** JSON array of language codes, e.g. ["so","en"]. */
  languages: string;
  createdAt: number;
  /** When the member was vouched for enough to be trusted (R-TRUST-1); null until then. */
  trustedAt: number | null;
  disabledAt: number | null;
  /** 1 for the demo network's made-up members, who may sign in without a passkey. */
  demo: number;
}

export interface MemberRoleTable {
  memberId: string;
  role: string;
}

export interface InviteTable {
  id: string;
  /** SHA-256 of the link's secret; the secret itself is only ever in the link. */
  tokenHash: string;
  kind: 'setup' | 'join' | 'device';
  /** JSON array of roles the new member starts with. */
  roles: string;
  createdBy: string | null;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
  /** For a device invite: the existing member who gets a new passkey. For others: who joined with it. */
  memberId: string | null;
}

export interface CredentialTable {
  id: string;
  memberId: string;
  publicKey: string;
  counter: number;
  transports: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface ChallengeTable {
  id: string;
  challenge: string;
  purpose: 'register' | 'login';
  inviteId: string | null;
  displayName: string | null;
  createdAt: number;
  expiresAt: number;
}

export interface SessionTable {
  id: string;
  tokenHash: string;
  memberId: string;
  createdAt: number;
  expiresAt: number;
}

export interface VouchTable {
  voucherId: string;
  memberId: string;
  createdAt: number;
}

export interface MembersTables {
  member: MemberTable;
  memberRole: MemberRoleTable;
  invite: InviteTable;
  credential: CredentialTable;
  webauthnChallenge: ChallengeTable;
  session: SessionTable;
  vouch: VouchTable;
}
