import type { AppContext } from '../../context';
import { AppError, conflict, forbidden, notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import type { Db } from '../../database';
import { audit } from '../audit';
import type { FieldKey } from './field-crypto';
import { familiesKey } from './key';
import { findCase } from './repository';
import type { CaseState, FamilyCaseTable } from './schema';

/**
 * The one rule of the module: a case is read and written only by caseworkers assigned to it. Admin and
 * organisers do not pass by role alone: a role is not a reason to read a family's file.
 */
export const notAssigned = () => forbidden('Only caseworkers assigned to this case may open it.', 'not_assigned');
export const caseClosed = () => conflict('case_closed', 'This case is closed: it can be read but no longer changed.');

/** The case state and whether `principal` is a caseworker assigned to it; undefined when there is no such case. */
export async function caseAccess(
  db: Db,
  principal: Principal,
  caseId: string,
): Promise<{ state: CaseState; assigned: boolean } | undefined> {
  const row = await db
    .selectFrom('familyCase')
    .leftJoin('familyAssignment', (join) =>
      join.onRef('familyAssignment.caseId', '=', 'familyCase.id').on('familyAssignment.memberId', '=', principal.memberId),
    )
    .select(['familyCase.state', 'familyAssignment.memberId'])
    .where('familyCase.id', '=', caseId)
    .executeTakeFirst();
  return row && { state: row.state, assigned: row.memberId !== null && principal.roles.includes('caseworker') };
}

export interface CaseWork {
  tx: Db;
  row: FamilyCaseTable;
  key: FieldKey;
}

/** Runs `attempt`; when it is refused as not assigned, the refusal is audited: who tried to open a case they do not work. */
export async function auditingRefusal<T>(ctx: AppContext, principal: Principal, caseId: string, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    const refused = err instanceof AppError && err.code === 'not_assigned';
    if (refused)
      await audit(ctx, ctx.db, { actor: principal, action: 'family_case.access_refused', objectType: 'family_case', objectId: caseId });
    throw err;
  }
}

/**
 * Runs `work` in one transaction with the case, once the caller is known to be assigned to it (and,
 * to write, once it is known to be open; on PostgreSQL the case row is then locked, so a write and a
 * close never cross).
 */
export async function withAssignedCase<T>(
  ctx: AppContext,
  principal: Principal,
  caseId: string,
  mode: 'read' | 'write',
  work: (w: CaseWork) => Promise<T>,
): Promise<T> {
  const key = await familiesKey(ctx);
  return auditingRefusal(ctx, principal, caseId, () =>
    ctx.db.transaction().execute(async (tx) => {
      const row = await findCase(tx, caseId, mode === 'write' && ctx.dialect === 'postgres');
      if (!row) throw notFound('Family case');
      if (!(await caseAccess(tx, principal, caseId))?.assigned) throw notAssigned();
      if (mode === 'write' && row.state !== 'open') throw caseClosed();
      return work({ tx, row, key });
    }),
  );
}
