/** Organisations that take part in the network: union locals, faith, community and student groups. */
export interface OrgTable {
  id: string;
  name: string;
  kind: 'union_local' | 'faith' | 'community' | 'student' | 'legal' | 'other';
  description: string;
  createdAt: number;
  createdBy: string | null;
  /** Verified by an organiser; only verified organisations are listed publicly. */
  verifiedAt: number | null;
  demo: number;
}

export interface OrgsTables {
  org: OrgTable;
}
