import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Assembly, AssemblyList } from './contract';
import { createAssembly, errorOf, joined, type Member, ok, RULES } from './test-helpers';

let t: TestApp;
let organiser: Member;
before(async () => {
  t = await createTestApp();
  organiser = await t.signIn({ roles: ['organiser'], displayName: 'Ayaan' });
});
after(() => t.close());

const get = (who: Member, id: string) => ok<Assembly>(t.call('GET', `/api/assemblies/${id}`, { cookie: who.cookie }));
const put = (who: Member, a: Assembly, changes: Record<string, unknown>) =>
  t.call('PUT', `/api/assemblies/${a.id}`, {
    cookie: who.cookie,
    body: { name: a.name, kind: a.kind, description: a.description, parentId: a.parent?.id ?? null, rules: a.rules, ...changes },
  });

test('an organiser creates an assembly with its rules and facilitates it; members join and leave; names only', async () => {
  const assembly = await createAssembly(t, organiser, {
    name: 'Lake Street workers assembly',
    kind: 'workplace',
    rules: {
      quorumKind: 'count',
      quorumValue: 12,
      majority: 'two_thirds',
      proposers: 'facilitators',
      discussionHours: 48,
      secretBallot: true,
    },
  });
  assert.deepEqual(assembly.rules, {
    quorumKind: 'count',
    quorumValue: 12,
    majority: 'two_thirds',
    proposers: 'facilitators',
    discussionHours: 48,
    secretBallot: true,
  });
  assert.deepEqual(
    assembly.members.map((m) => [m.name, m.role]),
    [['Ayaan', 'facilitator']],
  );
  assert.deepEqual([assembly.myRole, assembly.voters, assembly.can.manage], ['facilitator', 1, true]);

  const [fartun] = await joined(t, assembly.id, 1, 'Fartun');
  const seen = await get(fartun, assembly.id);
  assert.deepEqual([seen.myRole, seen.voters, seen.can.manage, seen.can.propose, seen.can.leave], ['member', 2, false, false, true]);
  assert.deepEqual(Object.keys(seen.members[0]).sort(), ['memberId', 'name', 'role'], 'display names and roles, nothing more');
  const again = await ok<Assembly>(t.call('POST', `/api/assemblies/${assembly.id}/join`, { cookie: fartun.cookie }));
  assert.equal(again.voters, 2, 'joining twice changes nothing');

  const list = await ok<AssemblyList>(t.call('GET', '/api/assemblies', { cookie: fartun.cookie }));
  assert.equal(list.assemblies.find((a) => a.id === assembly.id)?.myRole, 'member');
  const left = await ok<Assembly>(t.call('POST', `/api/assemblies/${assembly.id}/leave`, { cookie: fartun.cookie }));
  assert.deepEqual([left.myRole, left.voters, left.can.join], [null, 1, true]);

  // A newcomer nobody has vouched for yet cannot join or act in an assembly (so fresh accounts cannot swing a vote).
  const newcomer = await t.signIn({ trusted: false, displayName: 'Newcomer' });
  assert.equal((await get(newcomer, assembly.id)).can.join, false);
  const unvouched = await errorOf(t.call('POST', `/api/assemblies/${assembly.id}/join`, { cookie: newcomer.cookie }));
  assert.deepEqual([unvouched.status, unvouched.code], [403, 'not_vouched']);
  assert.equal((await get(newcomer, assembly.id)).voters, 1);
  const proposing = await errorOf(
    t.call('POST', '/api/assemblies/proposals', { cookie: newcomer.cookie, body: { assemblyId: assembly.id, title: 'Mine' } }),
  );
  assert.deepEqual([proposing.status, proposing.code], [403, 'not_vouched']);

  const member = await t.signIn();
  const refused = await t.call('POST', '/api/assemblies', {
    cookie: member.cookie,
    body: { name: 'Mine', kind: 'workplace', rules: RULES },
  });
  assert.equal(refused.status, 403);
});

test('rules are checked: a share is a percentage; zone and parent must exist; bad input writes nothing', async () => {
  const post = (body: Record<string, unknown>) =>
    t.call('POST', '/api/assemblies', {
      cookie: organiser.cookie,
      body: { name: 'Checked', kind: 'neighbourhood', rules: RULES, ...body },
    });
  const before = (await t.db.selectFrom('assembly').select('id').execute()).length;
  const workplace = await createAssembly(t, organiser, { kind: 'workplace' });
  const cases: [Record<string, unknown>, string, string][] = [
    [{ rules: { ...RULES, quorumValue: 101 } }, 'quorum_share_too_high', 'rules.quorumValue'],
    [{ rules: { ...RULES, quorumValue: 0 } }, 'invalid_input', 'rules.quorumValue'],
    [{ rules: { ...RULES, majority: 'plurality' } }, 'invalid_input', 'rules.majority'],
    [{ zoneId: 'nowhere' }, 'unknown_zone', 'zoneId'],
    [{ parentId: 'nothing' }, 'unknown_assembly', 'parentId'],
    [{ parentId: workplace.id }, 'parent_not_federation', 'parentId'],
  ];
  for (const [body, code, field] of cases) {
    const error = await errorOf(post(body));
    assert.deepEqual([error.status, error.code, error.field], [400, code, field], code);
  }
  assert.equal((await t.db.selectFrom('assembly').select('id').execute()).length, before + 1);
});

test('federations nest to any depth; only organisers set a parent; a loop is refused; delegates alone join a federation', async () => {
  const city = await createAssembly(t, organiser, { name: 'Minneapolis citywide', kind: 'federation' });
  const south = await createAssembly(t, organiser, { name: 'South side federation', kind: 'federation', parentId: city.id });
  const block = await createAssembly(t, organiser, { name: 'Phillips block club', parentId: south.id });
  assert.deepEqual(
    (await get(organiser, city.id)).children.map((c) => c.name),
    ['South side federation'],
  );
  assert.deepEqual((await get(organiser, block.id)).parent, { id: south.id, name: 'South side federation', kind: 'federation' });

  const loop = await errorOf(put(organiser, city, { parentId: south.id }));
  assert.deepEqual([loop.status, loop.code], [409, 'parent_cycle']);
  assert.equal((await errorOf(put(organiser, city, { parentId: city.id }))).code, 'parent_cycle');
  assert.equal((await errorOf(put(organiser, city, { kind: 'workplace' }))).code, 'kind_change_federation');

  const facilitator = await t.signIn({ displayName: 'Block facilitator' });
  await ok(
    t.call('PUT', `/api/assemblies/${block.id}/members/${facilitator.id}`, { cookie: organiser.cookie, body: { role: 'facilitator' } }),
  );
  const moved = await errorOf(put(facilitator, block, { parentId: null }));
  assert.deepEqual([moved.status, moved.code], [403, 'parent_organisers_only']);
  const renamed = await ok<Assembly>(
    put(facilitator, block, { name: 'Phillips block assembly', rules: { ...RULES, discussionHours: 24 } }),
  );
  assert.deepEqual([renamed.name, renamed.rules.discussionHours, renamed.parent?.id], ['Phillips block assembly', 24, south.id]);

  const member = await t.signIn();
  assert.equal((await errorOf(t.call('POST', `/api/assemblies/${city.id}/join`, { cookie: member.cookie }))).code, 'federation_join');
  const asMember = await errorOf(
    t.call('PUT', `/api/assemblies/${city.id}/members/${member.id}`, { cookie: organiser.cookie, body: { role: 'member' } }),
  );
  assert.equal(asMember.code, 'federation_join');
});

test('facilitators add, promote and remove members; members cannot; a delegate seat is left alone', async () => {
  const assembly = await createAssembly(t, organiser);
  const [member, other] = await joined(t, assembly.id, 2);
  const set = (who: Member, memberId: string, role: string) =>
    t.call('PUT', `/api/assemblies/${assembly.id}/members/${memberId}`, { cookie: who.cookie, body: { role } });
  assert.deepEqual(await errorOf(set(member, other.id, 'facilitator')), { status: 403, code: 'not_facilitator', field: undefined });
  assert.equal((await errorOf(set(organiser, 'no-such-member', 'member'))).code, 'unknown_member');
  await ok(set(organiser, member.id, 'facilitator'));
  const newcomer = await t.signIn({ displayName: 'Newcomer' });
  const added = await ok<Assembly>(set(member, newcomer.id, 'member'));
  assert.ok(added.members.some((m) => m.name === 'Newcomer' && m.role === 'member'));
  const unvouched = await t.signIn({ displayName: 'Not vouched for', trusted: false });
  assert.deepEqual(await errorOf(set(member, unvouched.id, 'member')), { status: 409, code: 'member_not_vouched', field: 'memberId' });
  const removed = await ok<Assembly>(t.call('DELETE', `/api/assemblies/${assembly.id}/members/${other.id}`, { cookie: member.cookie }));
  assert.ok(!removed.members.some((m) => m.memberId === other.id));

  const federation = await createAssembly(t, organiser, { kind: 'federation', name: 'A federation' });
  await t.db
    .insertInto('assemblyMember')
    .values({ assemblyId: federation.id, memberId: other.id, role: 'delegate', delegateId: null, joinedAt: t.clock.now() })
    .execute();
  await ok(set(organiser, other.id, 'member'), 200);
  const seat = await errorOf(
    t.call('PUT', `/api/assemblies/${federation.id}/members/${other.id}`, { cookie: organiser.cookie, body: { role: 'facilitator' } }),
  );
  assert.equal(seat.code, 'delegate_seat');
  assert.equal((await errorOf(t.call('POST', `/api/assemblies/${federation.id}/leave`, { cookie: other.cookie }))).code, 'delegate_seat');
  const actions = await t.db.selectFrom('auditLog').select('action').where('objectId', '=', assembly.id).execute();
  assert.ok(actions.some((a) => a.action === 'assembly.member_role_set:facilitator'));
  assert.ok(actions.some((a) => a.action === 'assembly.member_removed'));
});
