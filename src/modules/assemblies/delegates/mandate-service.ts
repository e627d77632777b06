import type { AppContext } from '../../../context';
import { badRequest, conflict, forbidden, notFound } from '../../../core/errors';
import type { Principal } from '../../../core/roles';
import { audit } from '../../audit';
import { requireManager } from '../access';
import { findProposal } from '../proposals-repository';
import { presentDelegates } from './board';
import type { Delegate, DelegateReport, MandateInput, ReportInput } from './contract';
import { findDelegate, insertReport, reportsOf, upsertMandate } from './repository';

/** Mandates (how the member assembly tells its delegate to vote) and the delegate's reports back. */

const REPORTS_SHOWN = 50;

async function sittingDelegate(ctx: AppContext, delegateId: string) {
  const delegate = await findDelegate(ctx.db, delegateId);
  if (!delegate) throw notFound('Delegate');
  if (delegate.endedAt !== null) throw conflict('delegate_ended', 'This delegate no longer holds the seat.');
  return delegate;
}

async function presentOne(ctx: AppContext, delegateId: string, viewer: Principal): Promise<Delegate> {
  const row = await findDelegate(ctx.db, delegateId);
  if (!row) throw notFound('Delegate');
  return (await presentDelegates(ctx, [row], viewer))[0] as Delegate;
}

/** The member assembly's facilitators instruct their delegate on a proposal of the parent; setting it again replaces it. */
export async function setMandate(ctx: AppContext, actor: Principal, delegateId: string, proposalId: string, input: MandateInput) {
  const delegate = await sittingDelegate(ctx, delegateId);
  await requireManager(ctx.db, actor, delegate.memberAssemblyId);
  const proposal = await findProposal(ctx.db, proposalId);
  if (!proposal || proposal.assemblyId !== delegate.parentAssemblyId)
    throw badRequest('unknown_proposal', 'Choose a proposal of the assembly the delegate sits in.', 'proposalId');
  if (proposal.status === 'decided' || proposal.status === 'withdrawn')
    throw conflict('proposal_decided', 'This proposal is already decided or withdrawn.', 'proposalId');
  await ctx.db.transaction().execute(async (tx) => {
    await upsertMandate(tx, {
      id: ctx.ids.next(),
      delegateId,
      proposalId,
      instruction: input.instruction,
      note: input.note,
      setAt: ctx.clock.now(),
      setBy: actor.memberId,
    });
    await audit(ctx, tx, {
      actor,
      action: `assembly_mandate.set:${input.instruction}`,
      objectType: 'assembly_delegate',
      objectId: delegateId,
    });
  });
  return presentOne(ctx, delegateId, actor);
}

/** The delegate reports back to the assembly that elected them. */
export async function postReport(ctx: AppContext, actor: Principal, delegateId: string, input: ReportInput): Promise<DelegateReport> {
  const delegate = await sittingDelegate(ctx, delegateId);
  if (delegate.memberId !== actor.memberId) throw forbidden('Only the delegate reports back.', 'not_the_delegate');
  const row = { id: ctx.ids.next(), delegateId, body: input.body, createdAt: ctx.clock.now() };
  await ctx.db.transaction().execute(async (tx) => {
    await insertReport(tx, row);
    await audit(ctx, tx, { actor, action: 'assembly_delegate.reported', objectType: 'assembly_delegate', objectId: delegateId });
  });
  return { id: row.id, body: row.body, createdAt: row.createdAt };
}

export async function listReports(ctx: AppContext, delegateId: string): Promise<DelegateReport[]> {
  if (!(await findDelegate(ctx.db, delegateId))) throw notFound('Delegate');
  return (await reportsOf(ctx.db, delegateId, REPORTS_SHOWN)).map((r) => ({ id: r.id, body: r.body, createdAt: r.createdAt }));
}
