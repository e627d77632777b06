import type { AppContext } from '../../context';
import { AppError } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { displayNamesOf } from '../members';
import { type CaseWork, withAssignedCase } from './access';
import type { CaseDetail, CaseFields, CaseSummary, CaseUpdate, Closing, NewCase } from './contract';
import type { FieldKey } from './field-crypto';
import { refuseIdNumbers } from './id-numbers';
import { familiesKey } from './key';
import { deletesAt, openCaseFields, presentCase } from './present';
import {
  assignmentsOf,
  closeCaseRow,
  insertCase,
  insertNeeds,
  listCasesAssignedTo,
  listNeeds,
  listNotes,
  setAssignments,
  updateCase,
} from './repository';
import type { FamilyCaseTable, FamilyNeedTable } from './schema';
import { rowSealer } from './sealing';

/** An audit entry about a case: who, what and which case, never a field's content. */
export const entry = (actor: Principal, action: string, caseId: string) => ({
  actor,
  action: `family_case.${action}`,
  objectType: 'family_case',
  objectId: caseId,
});

export function sealNeeds(ctx: AppContext, key: FieldKey, caseId: string, needs: NewCase['needs']): FamilyNeedTable[] {
  const now = ctx.clock.now();
  return needs.map((n) => {
    const id = ctx.ids.next();
    return {
      id,
      caseId,
      kind: n.kind,
      detail: rowSealer(key, 'family_need', id).seal('detail', n.detail),
      state: 'open',
      createdAt: now,
      updatedAt: now,
    };
  });
}

/** A caseworker opens a case; they are its first assigned caseworker. */
export async function openCase(ctx: AppContext, actor: Principal, input: NewCase, opts: { demo?: boolean } = {}) {
  refuseIdNumbers({
    label: input.label,
    contact: input.contact,
    address: input.address,
    household: input.household,
    language: input.language,
  });
  refuseIdNumbers(Object.fromEntries(input.needs.map((n, i) => [`needs.${i}.detail`, n.detail])));
  const key = await familiesKey(ctx);
  const id = ctx.ids.next();
  const now = ctx.clock.now();
  const { seal } = rowSealer(key, 'family_case', id);
  const row: FamilyCaseTable = {
    id,
    state: 'open',
    label: seal('label', input.label),
    contact: seal('contact', input.contact),
    address: input.address ? seal('address', input.address) : null,
    household: seal('household', input.household),
    language: seal('language', input.language),
    closeReason: null,
    openedBy: actor.memberId,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    demo: opts.demo ? 1 : 0,
  };
  await ctx.db.transaction().execute(async (tx) => {
    await insertCase(tx, row);
    await setAssignments(tx, id, [actor.memberId], actor.memberId, now);
    await insertNeeds(tx, sealNeeds(ctx, key, id, input.needs));
    await audit(ctx, tx, entry(actor, 'opened', id));
  });
  return { id };
}

/** My cases, each shown one audited read: a list that shows a label is a reading of that case. */
export async function listMyCases(ctx: AppContext, actor: Principal): Promise<CaseSummary[]> {
  const key = await familiesKey(ctx);
  return ctx.db.transaction().execute(async (tx) => {
    const rows = await listCasesAssignedTo(tx, actor.memberId);
    const cases = rows.map((r) => ({
      id: r.id,
      label: openLabel(ctx, key, r.id, r.label),
      state: r.state,
      openNeeds: Number(r.openNeeds ?? 0),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      closedAt: r.closedAt,
    }));
    for (const c of cases) await audit(ctx, tx, entry(actor, 'read', c.id));
    return cases;
  });
}

/** One altered label must not hide a caseworker's other cases: that one is listed without it. */
function openLabel(ctx: AppContext, key: FieldKey, id: string, sealed: string): string | null {
  try {
    return rowSealer(key, 'family_case', id, ctx.log).open('label', sealed);
  } catch (err) {
    if (err instanceof AppError && err.code === 'family_case_unreadable') return null;
    throw err;
  }
}

async function loadCase(ctx: AppContext, { tx, row, key }: CaseWork): Promise<CaseDetail> {
  const [needs, notes, assigned] = await Promise.all([listNeeds(tx, row.id), listNotes(tx, row.id), assignmentsOf(tx, [row.id])]);
  const caseworkerIds = assigned.get(row.id) ?? [];
  const names = await displayNamesOf(tx, [...caseworkerIds, ...notes.map((n) => n.authorId)]);
  return presentCase(key, row, { needs, notes, caseworkerIds, names }, ctx.config, ctx.log);
}

export function readCase(ctx: AppContext, actor: Principal, caseId: string): Promise<CaseDetail> {
  return withAssignedCase(ctx, actor, caseId, 'read', async (work) => {
    const detail = await loadCase(ctx, work);
    await audit(ctx, work.tx, entry(actor, 'read', caseId));
    return detail;
  });
}

export function updateCaseFields(ctx: AppContext, actor: Principal, caseId: string, input: CaseUpdate): Promise<CaseFields> {
  refuseIdNumbers(input);
  return withAssignedCase(ctx, actor, caseId, 'write', async ({ tx, row, key }) => {
    const { seal } = rowSealer(key, 'family_case', caseId);
    const set: Partial<FamilyCaseTable> = { updatedAt: ctx.clock.now() };
    if (input.label !== undefined) set.label = seal('label', input.label);
    if (input.contact !== undefined) set.contact = seal('contact', input.contact);
    if (input.address !== undefined) set.address = input.address ? seal('address', input.address) : null;
    if (input.household !== undefined) set.household = seal('household', input.household);
    if (input.language !== undefined) set.language = seal('language', input.language);
    await updateCase(tx, caseId, set);
    await audit(ctx, tx, entry(actor, 'updated', caseId));
    const { state: _s, closedAt: _c, closeReason: _r, ...fields } = openCaseFields(key, { ...row, ...set }, ctx.log);
    return fields;
  });
}

/** Closed cases stay readable to their caseworkers until the retention period purges them. */
export function closeCase(ctx: AppContext, actor: Principal, caseId: string, reason: string): Promise<Closing> {
  refuseIdNumbers({ reason });
  return withAssignedCase(ctx, actor, caseId, 'write', async ({ tx, key }) => {
    const at = ctx.clock.now();
    await closeCaseRow(tx, caseId, rowSealer(key, 'family_case', caseId).seal('close_reason', reason), at);
    await audit(ctx, tx, entry(actor, 'closed', caseId));
    return { state: 'closed' as const, closedAt: at, closeReason: reason, deletesAt: deletesAt(ctx.config, at) };
  });
}
