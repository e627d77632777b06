import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { TestApp } from '../../test-support/test-app';
import { createPushTestApp, type PushTestApp } from '../push/test-support/push-test-app';
import { confirmedReport } from '../reports/test-helpers';
import { type Member, sendAlert, watcher, watchers } from './test-helpers';

/** Web Push for closed apps: content-free, on sending and on all-clear, never for an alert that waits. */
let t: TestApp;
let subscribe: PushTestApp['subscribe'];
let pushesSinceLastLook: PushTestApp['pushesSinceLastLook'];
let close: () => Promise<void>;
before(async () => {
  ({ t, subscribe, pushesSinceLastLook, close } = await createPushTestApp());
});
after(() => close());

async function withDevice(member: Member) {
  await subscribe(member);
}

test('a sent alert and its all-clear are pushed, carrying only what to open; updates and cancels are not', async () => {
  const report = await confirmedReport(t, { slug: 'seward' });
  const member = await watcher(t, [report.zoneId]);
  await withDevice(member);
  const alert = await sendAlert(t, report.verifier, report.id);
  const sent = await pushesSinceLastLook();
  assert.deepEqual(
    sent.map((p) => JSON.parse(p.payload)),
    [{ kind: 'alert', id: alert.id }],
  );
  assert.ok(sent[0].ttl > 0 && sent[0].ttl <= 2 * 3600, 'a push outliving the alert would be stale');
  await t.call('POST', `/api/alerts/${alert.id}/updates`, { cookie: report.verifier.cookie, body: { kind: 'still_active' } });
  assert.equal((await pushesSinceLastLook()).length, 0);
  await t.call('POST', `/api/alerts/${alert.id}/all-clear`, { cookie: report.verifier.cookie, body: {} });
  assert.equal((await pushesSinceLastLook()).length, 1);

  const mistaken = await sendAlert(t, report.verifier, report.id);
  await pushesSinceLastLook();
  await t.call('POST', `/api/alerts/${mistaken.id}/cancel`, { cookie: report.verifier.cookie, body: {} });
  assert.equal((await pushesSinceLastLook()).length, 0);
});

test('an alert waiting for its second verifier is pushed to nobody until approved', async () => {
  const report = await confirmedReport(t, { slug: 'whittier' });
  const members = await watchers(t, report.zoneId, 51);
  await withDevice(members[7]);
  const waiting = await sendAlert(t, report.verifier, report.id);
  assert.equal(waiting.state, 'awaiting_second_verifier');
  assert.equal((await pushesSinceLastLook()).length, 0);
  const second = await t.signIn({ roles: ['verifier'] });
  assert.equal((await t.call('POST', `/api/alerts/${waiting.id}/approve`, { cookie: second.cookie })).status, 200);
  assert.deepEqual(
    (await pushesSinceLastLook()).map((p) => JSON.parse(p.payload)),
    [{ kind: 'alert', id: waiting.id }],
  );
});
