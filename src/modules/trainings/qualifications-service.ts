import type { AppContext } from '../../context';
import { AppError } from '../../core/errors';
import { type Qualification, ROLE_QUALIFICATIONS } from '../../core/qualifications';
import type { Principal, Role } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import { insertQualification, latestExpiry, listValidQualifications } from './qualifications-repository';

const LABELS: Record<Qualification, string> = {
  know_your_rights: 'know-your-rights',
  nonviolent_direct_action: 'non-violent direct action',
  legal_observer: 'legal observer',
  peacekeeper: 'peacekeeper',
  dispatcher: 'rapid-response dispatcher',
  verifier: 'verifier',
};

const labelOf = (kinds: readonly Qualification[]) => kinds.map((k) => LABELS[k]).join(' or ');

export interface ValidQualification {
  kind: Qualification;
  expiresAt: number;
}

/** Each member's qualifications valid at `at`; members holding none are absent from the map. */
export async function validQualificationsOf(db: Db, memberIds: readonly string[], at: number): Promise<Map<string, ValidQualification[]>> {
  const out = new Map<string, ValidQualification[]>();
  for (const row of await listValidQualifications(db, [...new Set(memberIds)], at)) {
    const list = out.get(row.memberId) ?? [];
    list.push({ kind: row.kind, expiresAt: Number(row.expiresAt) });
    out.set(row.memberId, list);
  }
  return out;
}

/**
 * Refuses (403) unless the member holds a qualification of one of `kinds` valid at `from` and still
 * valid at `until` (a shift's end, say). `qualification_expired` when they had one that lapsed,
 * `qualification_required` when they never had one; the message names what is needed.
 */
export async function requireQualification(
  db: Db,
  memberId: string,
  kinds: readonly Qualification[],
  span: { from: number; until: number },
  field: string,
): Promise<void> {
  const valid = await listValidQualifications(db, [memberId], span.from);
  if (valid.some((q) => kinds.includes(q.kind) && Number(q.expiresAt) >= span.until)) return;
  const last = await latestExpiry(db, memberId, kinds);
  if (last !== null) {
    throw new AppError(
      403,
      'qualification_expired',
      `Your ${labelOf(kinds)} qualification expires before then (${new Date(last).toISOString().slice(0, 10)}). Take the training again.`,
      field,
    );
  }
  throw new AppError(403, 'qualification_required', `This needs a valid ${labelOf(kinds)} qualification. Take the training first.`, field);
}

/** Roles in `added` that need a qualification (core/qualifications) are refused without a valid one. */
export async function assertQualifiedForRoles(db: Db, memberId: string, added: readonly Role[], at: number): Promise<void> {
  for (const role of added) {
    const kinds = ROLE_QUALIFICATIONS[role];
    if (kinds) await requireQualification(db, memberId, kinds, { from: at, until: at }, 'roles');
  }
}

export interface QualificationInput {
  memberId: string;
  kind: Qualification;
  earnedAt: number;
  expiresAt: number;
  source: 'training' | 'recorded';
  sessionId?: string | null;
}

/** Records a qualification (audited); `actor` is the organiser or trainer, null for demo data. */
export async function recordQualification(ctx: AppContext, db: Db, actor: Principal | null, input: QualificationInput): Promise<string> {
  const id = ctx.ids.next();
  await insertQualification(db, {
    id,
    memberId: input.memberId,
    kind: input.kind,
    earnedAt: input.earnedAt,
    expiresAt: input.expiresAt,
    source: input.source,
    sessionId: input.sessionId ?? null,
    recordedBy: input.source === 'recorded' ? (actor?.memberId ?? null) : null,
    revokedAt: null,
    createdAt: ctx.clock.now(),
  });
  await audit(ctx, db, { actor, action: `qualification.${input.source}:${input.kind}`, objectType: 'member', objectId: input.memberId });
  return id;
}
