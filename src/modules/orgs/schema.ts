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

/**
 * An organisation signing on to a campaign; listed publicly only once `verified` by an organiser.
 * A sign-on naming an organisation the network does not know yet keeps its details here (`newOrg*`,
 * `orgId` null); the organisation is created when an organiser verifies the sign-on, so a rejected
 * one leaves nothing behind in `org`.
 */
export interface CampaignEndorsementTable {
  id: string;
  campaignId: string;
  orgId: string | null;
  newOrgName: string | null;
  newOrgKind: OrgTable['kind'] | null;
  newOrgDescription: string | null;
  /** How organisers can reach the endorser: private, cleared after the campaign (retention kind `endorsement_contact`). */
  contact: string | null;
  /** Sent by a member linked to the organisation (who it was is not kept here). */
  byMember: number;
  state: 'pending' | 'verified';
  createdAt: number;
  decidedAt: number | null;
  decidedBy: string | null;
  demo: number;
}

/** A member's own statement that they belong to an organisation; only ever shown to that member. */
export interface OrgMemberLinkTable {
  id: string;
  orgId: string;
  memberId: string;
  linkedAt: number;
}

export interface OrgsTables {
  org: OrgTable;
  campaignEndorsement: CampaignEndorsementTable;
  orgMemberLink: OrgMemberLinkTable;
}
