import type { AppContext } from '../../../context';
import { DAY, HOUR } from '../../../core/clock';
import type { Principal } from '../../../core/roles';
import { recordBallot } from '../../elections';
import { demoPrincipal } from '../../members';
import { createProposal } from '../proposals-service';
import { closeDelegateElection, startDelegateElection } from './election-service';
import { postReport, setMandate } from './mandate-service';

/**
 * Delegates in the demo network: Cedar-Riverside elected Grace last week, gave her a mandate on a
 * citywide proposal and heard her first report; Phillips is electing its delegate now.
 */

const atTime = (ctx: AppContext, at: number): AppContext => ({ ...ctx, clock: { now: () => at } });

async function demoAssembly(ctx: AppContext, namePrefix: string) {
  return ctx.db
    .selectFrom('assembly')
    .select(['id', 'parentId'])
    .where('demo', '=', 1)
    .where('name', 'like', `${namePrefix}%`)
    .executeTakeFirst();
}

async function people(ctx: AppContext, names: string[]): Promise<Map<string, Principal>> {
  const found = new Map<string, Principal>();
  for (const name of names) {
    const p = await demoPrincipal(ctx, name);
    if (p) found.set(name, p);
  }
  return found;
}

async function seatCedarRiversideDelegate(ctx: AppContext, who: Map<string, Principal>, assemblyId: string, parentId: string) {
  const [hodan, grace, ayaan] = [who.get('Hodan'), who.get('Grace'), who.get('Ayaan')];
  if (!hodan || !grace || !ayaan) return;
  const started = ctx.clock.now() - 8 * DAY;
  const election = await startDelegateElection(
    atTime(ctx, started),
    hodan,
    assemblyId,
    {
      title: 'Our delegate to the citywide assembly (demo)',
      candidateIds: [grace.memberId, hodan.memberId],
      closesAt: null,
    },
    { demo: true },
  );
  const voting = atTime(ctx, started + 2 * HOUR);
  await recordBallot(voting, election.electionId, hodan.memberId, { ranking: [election.candidates[0]?.id ?? ''] });
  await recordBallot(voting, election.electionId, grace.memberId, { ranking: election.candidates.map((c) => c.id) });
  await closeDelegateElection(atTime(ctx, started + 2 * DAY), hodan, assemblyId, election.electionId);
  const proposal = await createProposal(
    atTime(ctx, started + 3 * DAY),
    ayaan,
    {
      assemblyId: parentId,
      meetingId: null,
      kind: 'motion',
      title: 'Interpreters at every citywide meeting (demo)',
      body: 'The citywide assembly pays for Somali, Spanish and Hmong interpreters at each of its meetings.',
      delegateId: null,
    },
    { demo: true },
  );
  const seat = await ctx.db
    .selectFrom('assemblyDelegate')
    .select('id')
    .where('memberAssemblyId', '=', assemblyId)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  if (!seat) return;
  await setMandate(atTime(ctx, started + 4 * DAY), hodan, seat.id, proposal.id, {
    instruction: 'yes',
    note: 'Ask that the interpreters be paid fairly.',
  });
  await postReport(atTime(ctx, started + 5 * DAY), grace, seat.id, {
    body: 'First citywide meeting: we met the other delegates and heard the proposal on interpreters. The vote is at the next meeting.',
  });
}

export async function seedDemoDelegates(ctx: AppContext) {
  if (await ctx.db.selectFrom('assemblyDelegateElection').select('id').limit(1).executeTakeFirst()) return;
  const who = await people(ctx, ['Ayaan', 'Marisol', 'Tou', 'Grace', 'Hodan']);
  const [cedar, phillips] = [await demoAssembly(ctx, 'Cedar-Riverside'), await demoAssembly(ctx, 'Phillips')];
  if (cedar?.parentId) await seatCedarRiversideDelegate(ctx, who, cedar.id, cedar.parentId);
  const [marisol, tou, grace] = [who.get('Marisol'), who.get('Tou'), who.get('Grace')];
  if (phillips?.parentId && marisol && tou && grace)
    await startDelegateElection(
      ctx,
      marisol,
      phillips.id,
      {
        title: 'Our delegate to the citywide assembly (demo)',
        candidateIds: [tou.memberId, grace.memberId, marisol.memberId],
        closesAt: null,
      },
      { demo: true },
    );
}
