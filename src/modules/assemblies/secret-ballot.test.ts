import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { listColumns } from '../../core/db/portable';
import { ROLES } from '../../core/roles';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { BallotList } from './contract';
import { closeVote, createAssembly, errorOf, getProposal, joined, type Member, ok, openVote, propose, vote, voteOk } from './test-helpers';

/**
 * Secret ballots on a proposal: who voted is recorded apart from what was voted, and nothing joins
 * them — no table, no column, no time, no order, no API answer to anyone. The voter's receipt is the
 * one way to their ballot in the published list.
 */
const VOTER = 'Voter with a secret';

let t: TestApp;
let organiser: Member;
let members: Member[];
let voter: Member;
let receipt: string;
let ids: { assemblyId: string; meetingId: string; proposalId: string; boxId: string };
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'] });
  const assembly = await createAssembly(t, organiser, { rules: { majority: 'consensus', secretBallot: true } });
  members = await joined(t, assembly.id, 9);
  voter = await t.signIn({ displayName: VOTER });
  await ok(t.call('POST', `/api/assemblies/${assembly.id}/join`, { cookie: voter.cookie }));
  const meeting = await ok<{ id: string }>(
    t.call('POST', `/api/assemblies/${assembly.id}/meetings`, {
      cookie: organiser.cookie,
      body: { title: 'Spring meeting', startsAt: t.clock.now() },
    }),
    201,
  );
  const proposal = await propose(t, members[0], { assemblyId: assembly.id, title: 'Withhold rent' });
  const opened = await openVote(t, organiser, proposal.id);
  assert.equal(opened.secret, true);
  ids = { assemblyId: assembly.id, meetingId: meeting.id, proposalId: proposal.id, boxId: '' };
  ids.boxId = (await t.db.selectFrom('assemblyProposal').select('ballotBoxId').where('id', '=', proposal.id).executeTakeFirstOrThrow())
    .ballotBoxId as string;
});
after(() => t.close());

test('a secret ballot answers a receipt once, is cast once, and is counted only when the vote closes', async () => {
  const cast = await voteOk(t, voter, ids.proposalId, 'block');
  assert.match(cast.receipt ?? '', /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  receipt = cast.receipt as string;
  assert.deepEqual(cast.proposal.mine, { voter: true, choice: null, voted: true, checkedIn: false });
  assert.deepEqual(await errorOf(vote(t, voter, ids.proposalId, 'yes')), { status: 409, code: 'already_voted', field: undefined });

  // One member voting ten times at once is one ballot.
  const answers = await Promise.all(Array.from({ length: 10 }, () => vote(t, members[0], ids.proposalId, 'yes')));
  assert.deepEqual(answers.map((a) => a.status).sort(), [200, ...Array(9).fill(409)]);
  for (const [i, choice] of ['yes', 'yes', 'no', 'abstain', 'yes', 'no', 'yes'].entries())
    await voteOk(t, members[i + 1], ids.proposalId, choice);

  const during = await getProposal(t, members[8], ids.proposalId);
  assert.deepEqual([during.counts, during.voted, during.ballotsPublished], [null, 9, false], 'no count while the box is open');
  assert.equal(
    (await errorOf(t.call('GET', `/api/assemblies/proposals/${ids.proposalId}/ballots`, { cookie: voter.cookie }))).code,
    'ballots_not_published',
  );
  assert.equal((await t.db.selectFrom('assemblyVote').select('memberId').where('proposalId', '=', ids.proposalId).execute()).length, 0);

  const decided = await closeVote(t, organiser, ids.proposalId);
  assert.deepEqual(
    [decided.outcome, decided.counts, decided.present, decided.ballotsPublished],
    ['blocked', { yes: 5, no: 2, abstain: 1, block: 1 }, 8 + 1, true],
  );
});

test('the published list is in receipt order, and the receipt finds the ballot in it', async () => {
  const list = await ok<BallotList>(t.call('GET', `/api/assemblies/proposals/${ids.proposalId}/ballots`, { cookie: members[5].cookie }));
  const receipts = list.ballots.map((b) => b.receipt);
  assert.equal(receipts.length, 9);
  assert.deepEqual(receipts, [...receipts].sort());
  assert.deepEqual(
    list.ballots.filter((b) => b.receipt === receipt),
    [{ receipt, choice: 'block' }],
  );
  // The rows themselves, read without any order, come in receipt order too: nothing of the casting order is kept.
  const raw = await sql<{ receipt: string }>`select receipt from ballot_box_ballot where box_id = ${ids.boxId}`.execute(t.db);
  assert.deepEqual(
    raw.rows.map((r) => r.receipt),
    [...receipts],
  );
});

test('who voted and what was voted share no column but the box, and ballots carry no time or sequence', async () => {
  const columns = await listColumns(t.db as never, t.ctx.dialect);
  const of = (table: string) =>
    columns
      .filter((c) => c.table === table)
      .map((c) => c.column)
      .sort();
  assert.deepEqual(of('ballot_box_voter'), ['box_id', 'member_id']);
  assert.deepEqual(of('ballot_box_ballot'), ['box_id', 'content', 'receipt']);
  assert.deepEqual(
    of('ballot_box_voter').filter((c) => of('ballot_box_ballot').includes(c)),
    ['box_id'],
  );
  const audit = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'assembly_proposal.ballot_cast').execute();
  assert.equal(audit.length, 9);
  assert.ok(!JSON.stringify(audit).includes(receipt), 'the audit log keeps who voted, never the receipt');
  assert.ok(!/"block"|"yes"|"no"|"abstain"/.test(JSON.stringify(audit)), 'nor the choice');
});

/** Every GET route (from the OpenAPI document), with the ids of this vote wherever a route takes one. */
async function getPaths(): Promise<string[]> {
  const doc = (await (await t.call('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  const zero = '00000000-0000-7000-8000-000000000000';
  return Object.entries(doc.paths)
    .filter(([, ops]) => 'get' in ops)
    .flatMap(([path]) => {
      const ours = path.startsWith('/api/assemblies') || path.startsWith('/api/elections');
      const choices = ours ? Object.values(ids) : [zero];
      return choices.map((id) =>
        path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'memberId' ? voter.id : name === 'code' ? receipt : ours ? id : zero)),
      );
    });
}

test('no GET route shows anyone — the voter included — a voter beside their choice or receipt', async () => {
  const paths = await getPaths();
  const callers: [string, string | undefined][] = [
    ['anonymous', undefined],
    ['the voter', voter.cookie],
    ['a fellow member', members[3].cookie],
    ['the facilitator', organiser.cookie],
  ];
  for (const role of ROLES) callers.push([role, (await t.signIn({ roles: [role] })).cookie]);
  const linked: string[] = [];
  let sawReceipt = 0;
  let sawVoter = 0;
  for (const [who, cookie] of callers) {
    for (const path of paths) {
      const res = await t.call('GET', path, { cookie, headers: { accept: 'application/json' } });
      if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
        await res.body?.cancel();
        continue;
      }
      const text = await res.text();
      const namesVoter = text.includes(voter.id) || text.includes(VOTER);
      const namesChoice = text.includes(receipt) || /:\s*"block"/.test(text);
      if (text.includes(receipt)) sawReceipt += 1;
      if (namesVoter) sawVoter += 1;
      if (namesVoter && namesChoice) linked.push(`${path} as ${who}`);
    }
  }
  assert.deepEqual(linked, []);
  // Both halves are shown somewhere (the check above could fail): the receipt in the published list, the voter among the members.
  assert.ok(sawReceipt > 0 && sawVoter > 0, `receipt seen ${sawReceipt} times, voter ${sawVoter}`);
});
