import type { TestApp } from '../../test-support/test-app';
import { seedDemoZones } from '../zones/demo';
import type { NewReport } from './contract';

/** Powderhorn Park, a Minneapolis neighbourhood in the bundled data. */
export const SAMPLE_ZONE_SLUG = 'powderhorn-park';

export async function zoneIdOf(t: TestApp, slug = SAMPLE_ZONE_SLUG): Promise<string> {
  await seedDemoZones(t.ctx);
  const row = await t.db.selectFrom('zone').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
  return row.id;
}

export function sampleReport(zoneId: string, t: TestApp, over: Partial<NewReport> = {}) {
  return {
    zoneId,
    people: 4,
    vehicles: 2,
    activity: 'stopping_people',
    activityNote: 'Stopping people at the bus stop',
    markings: 'Vests marked POLICE ICE',
    equipment: 'Two unmarked grey SUVs',
    seenAt: t.clock.now() - 5 * 60_000,
    language: 'en',
    ...over,
  } satisfies Partial<NewReport> & Record<string, unknown>;
}

/** A report filed anonymously in a zone and confirmed by a verifier, through the HTTP API. */
export async function confirmedReport(t: TestApp, opts: { slug?: string; over?: Partial<NewReport> } = {}) {
  const zoneId = await zoneIdOf(t, opts.slug);
  const filed = await t.call('POST', '/api/reports', { body: sampleReport(zoneId, t, opts.over) });
  if (filed.status !== 201) throw new Error(`filing failed: ${filed.status} ${await filed.text()}`);
  const { id } = (await filed.json()) as { id: string };
  const verifier = await t.signIn({ roles: ['verifier'] });
  const decided = await t.call('POST', `/api/reports/${id}/decision`, {
    cookie: verifier.cookie,
    body: { outcome: 'confirmed', method: 'trusted_source' },
  });
  if (decided.status !== 200) throw new Error(`confirming failed: ${decided.status} ${await decided.text()}`);
  return { id, zoneId, verifier };
}
