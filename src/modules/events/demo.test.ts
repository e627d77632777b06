import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDemoTestApp, type DemoTestApp } from '../../test-support/test-app';
import { seedDemoOrgs } from '../orgs/demo';
import type { PublicEvent } from './contract';
import { seedDemoEvents } from './demo';

let t: DemoTestApp;
before(async () => {
  t = await createDemoTestApp();
  await seedDemoOrgs(t.ctx);
});
after(() => t.close());

test('the demo network has a march and a know-your-rights training with RSVPs, one person waiting', async () => {
  await seedDemoEvents(t.ctx);
  await seedDemoEvents(t.ctx);
  const { events } = (await (await t.call('GET', '/api/events')).json()) as { events: PublicEvent[] };
  assert.deepEqual(
    events.map((e) => [e.title, e.kind, e.org?.name, e.zone?.name, e.counts]),
    [
      [
        'Know your rights training (demo)',
        'training',
        'Volunteer Legal Observers (demo)',
        'Cedar-Riverside',
        { going: 4, waitlisted: 1, placesLeft: 0 },
      ],
      [
        'March for our neighbours (demo)',
        'march',
        'Hotel & Restaurant Workers Local 00 (demo)',
        'Powderhorn Park',
        { going: 6, waitlisted: 0, placesLeft: null },
      ],
    ],
    'seeding twice adds nothing',
  );
  assert.ok(events.every((e) => e.demo));
});
