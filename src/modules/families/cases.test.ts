import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DAY } from '../../core/clock';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { CaseDetail, CaseList, CaseOverview, Need, Note } from './contract';
import { assertAssignedCaseworker } from './index';
import { auditActions, caseInput, caseRoutes, expectError, type Member, openCase, readCase } from './test-helpers';

let t: TestApp;
let grace: Member;
let hodan: Member;
let outsider: Member;
let organiser: Member;
let admin: Member;
before(async () => {
  t = await createTestApp();
  grace = await t.signIn({ roles: ['caseworker'], displayName: 'Grace' });
  hodan = await t.signIn({ roles: ['caseworker'], displayName: 'Hodan' });
  outsider = await t.signIn({ roles: ['caseworker'], displayName: 'Not on the case' });
  organiser = await t.signIn({ roles: ['organiser'] });
  admin = await t.signIn({ roles: ['admin'] });
});
after(() => t.close());

const principal = async (m: Member) => {
  const roles = (await t.db.selectFrom('memberRole').select('role').where('memberId', '=', m.id).execute()).map((r) => r.role);
  return { memberId: m.id, sessionId: 's', roles: roles as never, trusted: true };
};

test('a caseworker opens a case, adds needs and notes, brings in a colleague and closes it; closed is read-only', async () => {
  const id = await openCase(t, grace);
  let detail = await readCase(t, grace, id);
  assert.deepEqual(
    [detail.label, detail.contact, detail.address, detail.language, detail.state],
    ['Household at Cedar 3', 'Call the aunt after 6 pm: 612-555-0134', '1500 Cedar Ave, apartment 3', 'Spanish', 'open'],
  );
  assert.deepEqual(
    detail.needs.map((n) => [n.kind, n.detail, n.state]),
    [
      ['childcare', 'After-school pickup', 'open'],
      ['rent', 'Rent due on the 1st', 'open'],
    ],
  );
  assert.deepEqual(detail.caseworkers, [{ id: grace.id, displayName: 'Grace' }]);

  t.clock.advance(60_000);
  const added = await t.call('POST', `/api/cases/${id}/needs`, {
    cookie: grace.cookie,
    body: { kind: 'school_contact', detail: 'Tell the counsellor' },
  });
  assert.equal(added.status, 201);
  const need = (await added.json()) as Need;
  const met = await t.call('PATCH', `/api/cases/${id}/needs/${need.id}`, { cookie: grace.cookie, body: { state: 'met' } });
  assert.deepEqual(((await met.json()) as Need).state, 'met');
  const noted = await t.call('POST', `/api/cases/${id}/notes`, { cookie: grace.cookie, body: { body: 'First visit: all safe.' } });
  const note = (await noted.json()) as Note;
  assert.deepEqual([note.body, note.author?.displayName, note.createdAt], ['First visit: all safe.', 'Grace', t.clock.now()]);
  const edited = await t.call('PATCH', `/api/cases/${id}`, {
    cookie: grace.cookie,
    body: { address: null, language: 'Spanish, some English' },
  });
  assert.deepEqual(((await edited.json()) as CaseDetail).address, null);

  const assigned = await t.call('PUT', `/api/cases/${id}/caseworkers`, { cookie: grace.cookie, body: { memberIds: [grace.id, hodan.id] } });
  assert.deepEqual(
    ((await assigned.json()) as { caseworkers: { id: string }[] }).caseworkers.map((c) => c.id),
    [grace.id, hodan.id],
  );
  // Hodan now works the case: she reads it and writes to it.
  const hodanNote = await t.call('POST', `/api/cases/${id}/notes`, { cookie: hodan.cookie, body: { body: 'Called the school.' } });
  assert.equal(hodanNote.status, 201);
  detail = await readCase(t, hodan, id);
  assert.deepEqual(
    detail.notes.map((n) => [n.body, n.author?.displayName]),
    [
      ['First visit: all safe.', 'Grace'],
      ['Called the school.', 'Hodan'],
    ],
  );
  assert.deepEqual([detail.address, detail.language], [null, 'Spanish, some English']);

  const list = (await (await t.call('GET', '/api/cases', { cookie: hodan.cookie })).json()) as CaseList;
  assert.deepEqual(
    list.cases.map((c) => [c.id, c.label, c.state, c.openNeeds]),
    [[id, 'Household at Cedar 3', 'open', 2]],
  );

  const closed = await t.call('POST', `/api/cases/${id}/close`, {
    cookie: grace.cookie,
    body: { reason: 'The family moved to relatives' },
  });
  assert.deepEqual(await closed.json(), {
    state: 'closed',
    closedAt: t.clock.now(),
    closeReason: 'The family moved to relatives',
    deletesAt: t.clock.now() + 90 * DAY,
  });
  for (const [method, path, body] of caseRoutes(id, need.id, [grace.id]).slice(1))
    await expectError(await t.call(method, path, { cookie: grace.cookie, body }), 409, 'case_closed');
  detail = await readCase(t, grace, id);
  assert.deepEqual([detail.state, detail.closeReason, detail.notes.length], ['closed', 'The family moved to relatives', 2]);

  assert.deepEqual(await auditActions(t, id), [
    'family_case.opened',
    'family_case.read',
    'family_case.need_added',
    'family_case.need_changed',
    'family_case.note_added',
    'family_case.updated',
    'family_case.caseworkers_changed',
    'family_case.note_added',
    'family_case.read',
    'family_case.read',
    'family_case.closed',
    'family_case.read',
  ]);
});

test('only assigned caseworkers get in: others, organisers and admins are refused on every case route, and audited', async () => {
  const id = await openCase(t, grace);
  const needId = (await readCase(t, grace, id)).needs[0].id;
  const before = await readCase(t, grace, id);
  for (const who of [outsider, organiser, admin]) {
    for (const [method, path, body] of caseRoutes(id, needId, [who.id])) {
      if (who !== outsider && path.endsWith('/caseworkers')) continue; // organisers may (re)assign: next test
      const res = await t.call(method, path, { cookie: who.cookie, body });
      // An organiser who is not a caseworker is stopped by the route's role; an admin passes it, then not the case's rule.
      const error = await expectError(res, 403, who === organiser ? 'role_required' : 'not_assigned');
      if (who !== organiser) assert.match(error.error.message, /assigned/);
    }
  }
  assert.deepEqual(await readCase(t, grace, id), before, 'nothing changed');
  const refused = (await auditActions(t, id)).filter((a) => a === 'family_case.access_refused');
  assert.equal(refused.length, 7 + 6, 'the outsider on every route, the admin on all but (re)assigning');
  // Their lists do not show it either.
  for (const who of [outsider, admin]) {
    const list = (await (await t.call('GET', '/api/cases', { cookie: who.cookie })).json()) as CaseList;
    assert.ok(!list.cases.some((c) => c.id === id));
  }
  const unknown = '00000000-0000-7000-8000-000000000000';
  await expectError(await t.call('GET', `/api/cases/${unknown}`, { cookie: grace.cookie }), 404, 'not_found');
  await expectError(
    await t.call('PATCH', `/api/cases/${id}/needs/${unknown}`, { cookie: grace.cookie, body: { state: 'met' } }),
    404,
    'not_found',
  );
});

test('an organiser sees counts and caseworkers, never contents, and may reassign a case without reading it', async () => {
  const id = await openCase(t, grace, { label: 'Household organisers never see' });
  const res = await t.call('GET', '/api/cases/overview', { cookie: organiser.cookie });
  const text = await res.text();
  const overview = JSON.parse(text) as CaseOverview;
  assert.ok(overview.counts.open >= 1);
  assert.deepEqual(overview.counts.open + overview.counts.closed, overview.cases.length);
  assert.deepEqual(overview.cases.find((c) => c.id === id)?.caseworkers, [{ id: grace.id, displayName: 'Grace' }]);
  for (const secret of ['organisers never see', 'Cedar', '612-555', 'Spanish', 'pickup']) assert.ok(!text.includes(secret), secret);

  await expectError(await t.call('GET', '/api/cases/overview', { cookie: grace.cookie }), 403, 'role_required');
  const reassigned = await t.call('PUT', `/api/cases/${id}/caseworkers`, { cookie: organiser.cookie, body: { memberIds: [hodan.id] } });
  assert.equal(reassigned.status, 200);
  await expectError(await t.call('GET', `/api/cases/${id}`, { cookie: grace.cookie }), 403, 'not_assigned');
  assert.equal((await readCase(t, hodan, id)).label, 'Household organisers never see');
  await expectError(await t.call('GET', `/api/cases/${id}`, { cookie: organiser.cookie }), 403, 'role_required');
  assert.ok((await auditActions(t, id)).includes('family_case.caseworkers_changed'));
  const viewed = await t.db.selectFrom('auditLog').select('memberId').where('action', '=', 'family_case.overview_viewed').execute();
  assert.deepEqual(viewed, [{ memberId: organiser.id }]);
});

test('only active, vouched caseworkers can be assigned (not admins), and a case keeps at least one', async () => {
  const id = await openCase(t, grace);
  const unvouched = await t.signIn({ roles: ['caseworker'], trusted: false });
  for (const [memberIds, field] of [
    [[grace.id, organiser.id], 'memberIds.1'],
    // Admin passes every role check, but a role is not a reason to read a family's file.
    [[grace.id, admin.id], 'memberIds.1'],
    [[unvouched.id], 'memberIds.0'],
    [[grace.id, 'no-such-member'], 'memberIds.1'],
  ] as const)
    await expectError(
      await t.call('PUT', `/api/cases/${id}/caseworkers`, { cookie: grace.cookie, body: { memberIds } }),
      400,
      'not_a_caseworker',
      field,
    );
  await expectError(
    await t.call('PUT', `/api/cases/${id}/caseworkers`, { cookie: grace.cookie, body: { memberIds: [] } }),
    400,
    'invalid_input',
    'memberIds',
  );
  assert.deepEqual(
    (await readCase(t, grace, id)).caseworkers.map((c) => c.id),
    [grace.id],
  );
});

test('every case shown in a list is an audited read; audit entries hold no field content', async () => {
  const mine = await t.signIn({ roles: ['caseworker'] });
  const ids = [await openCase(t, mine, { label: 'Canary list one' }), await openCase(t, mine, { label: 'Canary list two' })];
  const before = await t.db
    .selectFrom('auditLog')
    .select('id')
    .where('action', '=', 'family_case.read')
    .where('memberId', '=', mine.id)
    .execute();
  const list = (await (await t.call('GET', '/api/cases', { cookie: mine.cookie })).json()) as CaseList;
  assert.deepEqual(list.cases.map((c) => c.id).sort(), [...ids].sort());
  const reads = await t.db
    .selectFrom('auditLog')
    .select(['objectId', 'objectType'])
    .where('action', '=', 'family_case.read')
    .where('memberId', '=', mine.id)
    .execute();
  assert.equal(reads.length - before.length, 2);
  assert.deepEqual(reads.map((r) => r.objectId).sort(), [...ids].sort());
  const everything = JSON.stringify(await t.db.selectFrom('auditLog').selectAll().execute());
  assert.ok(!everything.includes('Canary list') && !everything.includes('Cedar'));
});

test('free text that looks like an A-number or SSN is refused with the field named, and nothing is written', async () => {
  const count = async () => (await t.db.selectFrom('familyCase').select('id').execute()).length;
  const before = await count();
  const cases: [Record<string, unknown>, string][] = [
    [{ household: 'Father detained, A-123-456-789' }, 'household'],
    [{ household: 'father A12345678' }, 'household'],
    [{ contact: 'SSN 123-45-6789' }, 'contact'],
    [{ label: 'Case 123456789' }, 'label'],
    [
      {
        needs: [
          { kind: 'rent', detail: 'ok' },
          { kind: 'other', detail: 'ITIN 912 70 1234' },
        ],
      },
      'needs.1.detail',
    ],
  ];
  for (const [overrides, field] of cases) {
    const res = await t.call('POST', '/api/cases', { cookie: grace.cookie, body: caseInput(overrides) });
    const body = await expectError(res, 400, 'looks_like_id_number', field);
    assert.match(body.error.message, /Never write immigration status or ID numbers/);
  }
  assert.equal(await count(), before);
  const id = await openCase(t, grace, { contact: 'Phone 612-555-0134 or (612) 555 0199, zip 55404-1234' });
  await expectError(
    await t.call('POST', `/api/cases/${id}/notes`, { cookie: grace.cookie, body: { body: 'a# A 987 654 321' } }),
    400,
    'looks_like_id_number',
    'body',
  );
  assert.equal((await readCase(t, grace, id)).notes.length, 0);

  for (const [body, field] of [
    [{ ...caseInput(), label: 'x' }, 'label'],
    [{ ...caseInput(), needs: [{ kind: 'status', detail: '' }] }, 'needs.0.kind'],
    [{ ...caseInput(), immigrationStatus: 'x' }, undefined],
  ] as const) {
    const res = await t.call('POST', '/api/cases', { cookie: grace.cookie, body });
    if (field) await expectError(res, 400, 'invalid_input', field);
    else assert.equal(res.status, 201, 'unknown fields are dropped, never stored');
  }
});

test('assertAssignedCaseworker: 404 unless an open case, 403 not_assigned unless assigned; admin does not bypass', async () => {
  const id = await openCase(t, grace);
  await assertAssignedCaseworker(t.ctx, await principal(grace), id);
  const refusal = (code: string) => (err: unknown) => (err as { code?: string }).code === code;
  await assert.rejects(assertAssignedCaseworker(t.ctx, await principal(outsider), id), refusal('not_assigned'));
  await assert.rejects(assertAssignedCaseworker(t.ctx, await principal(admin), id), refusal('not_assigned'));
  await assert.rejects(assertAssignedCaseworker(t.ctx, await principal(grace), 'no-such-case'), refusal('not_found'));
  // Assigned but no longer a caseworker: refused.
  await assert.rejects(assertAssignedCaseworker(t.ctx, { ...(await principal(grace)), roles: ['member'] }, id), refusal('not_assigned'));
  await t.call('POST', `/api/cases/${id}/close`, { cookie: grace.cookie, body: { reason: 'Done' } });
  await assert.rejects(assertAssignedCaseworker(t.ctx, await principal(grace), id), refusal('not_found'));
});
