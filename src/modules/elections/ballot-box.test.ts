import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { listColumns } from '../../core/db/portable';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { castSecretBallot, closeBallotBox, findBallot, normaliseReceipt, openBallotBox } from './ballot-box';
import type { Member } from './test-helpers';

let t: TestApp;
let voters: Member[];
before(async () => {
  t = await createTestApp();
  voters = [];
  for (let i = 0; i < 30; i++) voters.push(await t.signIn({ displayName: `Voter ${i}` }));
});
after(() => t.close());

test("the voters' table and the ballots' table share only the box's id, and ballots carry no member and no time", async () => {
  const columns = await listColumns(t.db as never, t.ctx.dialect);
  const of = (table: string) =>
    columns
      .filter((c) => c.table === table)
      .map((c) => c.column)
      .sort();
  assert.deepEqual(of('ballot_box_voter'), ['box_id', 'member_id']);
  assert.deepEqual(of('ballot_box_ballot'), ['box_id', 'content', 'receipt']);
});

test('a plain select * of the ballots does not come back in the order they were cast (30 ballots)', async () => {
  const boxId = await t.db.transaction().execute((tx) => openBallotBox(t.ctx, tx, 'election'));
  const cast: string[] = [];
  for (const [i, voter] of voters.entries()) {
    const content = { ranking: [`candidate-${i}`] };
    await t.db.transaction().execute((tx) => castSecretBallot(tx, boxId, voter.id, content));
    cast.push(JSON.stringify(content));
  }
  const plain = await sql<{ boxId: string; content: string }>`select * from ballot_box_ballot`.execute(t.db);
  const stored = plain.rows.filter((r) => r.boxId === boxId).map((r) => r.content);
  assert.equal(stored.length, 30);
  assert.deepEqual([...stored].sort(), [...cast].sort());
  assert.notDeepEqual(stored, cast, 'the ballots come back in the order they were cast');
  assert.notDeepEqual(stored, [...cast].reverse(), 'the ballots come back in the reverse of the order they were cast');
});

test('one ballot per voter, none after the box closes, and a receipt finds its ballot however it is typed', async () => {
  const boxId = await t.db.transaction().execute((tx) => openBallotBox(t.ctx, tx, 'proposal'));
  const [first, second] = voters as [Member, Member];
  const { receipt } = await t.db.transaction().execute((tx) => castSecretBallot(tx, boxId, first.id, { choice: 'yes' }));
  assert.match(receipt, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await assert.rejects(
    t.db.transaction().execute((tx) => castSecretBallot(tx, boxId, first.id, { choice: 'no' })),
    { code: 'already_voted' },
  );
  await t.db.transaction().execute((tx) => closeBallotBox(tx, boxId, t.clock.now()));
  await assert.rejects(
    t.db.transaction().execute((tx) => castSecretBallot(tx, boxId, second.id, { choice: 'no' })),
    { code: 'ballot_closed' },
  );
  const typed = ` ${receipt.replaceAll('-', '').toLowerCase()} `;
  assert.equal(normaliseReceipt(typed), receipt);
  assert.deepEqual(await findBallot(t.db, boxId, typed), { choice: 'yes' });
  assert.equal(await findBallot(t.db, boxId, 'AAAA-AAAA-AAAA'), null);
  const ballots = await t.db.selectFrom('ballotBoxBallot').select('content').where('boxId', '=', boxId).execute();
  assert.deepEqual(ballots, [{ content: '{"choice":"yes"}' }]);
});
