import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { sql } from 'kysely';
import { DAY } from '../../core/clock';
import { toCsv } from '../../core/csv/csv';
import { purgeExpired } from '../../core/retention';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import type { Action, ImportJob } from './contract';
import { ILR_COLUMNS, importIlrCsv } from './ilr-import';
import { IMPORT_BATCH, startImport } from './import-job';
import { trackerRetention } from './retention';
import { syntheticIlrCsv } from './synthetic-csv';
import { byExternalId, clearActions, exportJson, importCsv, json, totals } from './test-helpers';

let t: TestApp;
let organiser: string;
before(async () => {
  t = await createTestApp();
  organiser = (await t.signIn({ roles: ['organiser'] })).cookie;
});
after(() => t.close());
beforeEach(() => clearActions(t));

const HEADER = Object.values(ILR_COLUMNS);
type Row = Partial<Record<keyof typeof ILR_COLUMNS, string>>;
const file = (...rows: Row[]) =>
  toCsv([HEADER, ...rows.map((row) => (Object.keys(ILR_COLUMNS) as (keyof typeof ILR_COLUMNS)[]).map((column) => row[column] ?? ''))]);

const hospital: Row = {
  externalId: 'A1',
  employer: 'Hennepin Healthcare',
  organisations: 'SEIU Healthcare MN',
  city: 'Minneapolis; St. Paul',
  state: 'Minnesota',
  latLng: '44.97, -93.26; 44.95, -93.09',
  participants: '1,200',
  startDate: '1/23/2026',
  kind: 'Strike',
  demands: 'Staffing; Pay',
  sources: 'https://example.org/a1',
};
const bakery: Row = {
  externalId: 'A2',
  employer: 'Lake Street Bakery',
  city: 'Minneapolis',
  state: 'MN',
  participants: '0',
  startDate: '2026-01-23',
  kind: 'Closure',
};

const rowCount = async (table: 'action' | 'actionLocation' | 'actionSource') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

test('importing the same file twice changes nothing the second time; a changed row updates in place', async () => {
  const first = await importCsv(t, organiser, file(hospital, bakery));
  assert.equal(first.state, 'done');
  assert.deepEqual([first.totalRows, first.goodRows, first.rowsDone, first.created, first.updated, first.unchanged], [2, 2, 2, 2, 0, 0]);
  const before = byExternalId(await exportJson(t));

  const again = await importCsv(t, organiser, file(hospital, bakery));
  assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 2]);
  assert.deepEqual(byExternalId(await exportJson(t)), before, 'not even updatedAt moved');

  t.clock.advance(60_000);
  const changed = await importCsv(
    t,
    organiser,
    file({ ...hospital, participants: '1,500', city: 'Minneapolis', latLng: '44.97, -93.26', notes: 'Day two.' }, bakery),
  );
  assert.deepEqual([changed.created, changed.updated, changed.unchanged], [0, 1, 1]);
  const after = byExternalId(await exportJson(t));
  const a1 = after.get('A1') as Action;
  assert.equal(after.size, 2, 'updated, not duplicated');
  assert.equal(a1.id, before.get('A1')?.id, 'the same action');
  assert.equal(a1.participants, 1500);
  assert.equal(a1.notes, 'Day two.');
  assert.deepEqual(
    a1.locations.map((l) => l.city),
    ['Minneapolis'],
    'locations replaced, not added to',
  );
  assert.equal(a1.createdAt, before.get('A1')?.createdAt);
  assert.equal(a1.updatedAt, before.get('A1')!.updatedAt + 60_000);
  assert.equal(await rowCount('actionLocation'), 2);
});

test('0 participants is unknown (null), never 0, and totals count it apart', async () => {
  await importCsv(t, organiser, file(hospital, bakery));
  const actions = byExternalId(await exportJson(t));
  assert.equal(actions.get('A2')?.participants, null);
  assert.equal(actions.get('A1')?.participants, 1200);
  assert.deepEqual(await totals(t), { actions: 2, cities: 2, knownParticipants: 1200, unknownParticipants: 1 });
});

test('a bad row is reported by line and column and none of it is written; the good rows are', async () => {
  const badDate: Row = { ...bakery, externalId: 'B1', startDate: '2/30/2026', city: 'Duluth', latLng: '46.78, -92.1' };
  const badPlaces: Row = { ...hospital, externalId: 'B2', zip: '55401; 55102; 55802' };
  const job = await importCsv(t, organiser, file(hospital, badDate, bakery, badPlaces));
  assert.equal(job.state, 'done');
  assert.deepEqual([job.totalRows, job.goodRows, job.badRows, job.created], [4, 2, 2, 2]);
  assert.deepEqual(
    job.errors.map((e) => [e.line, e.column]),
    [
      [3, 'Start Date'],
      [5, 'City'],
    ],
  );
  const stored = await t.db.selectFrom('action').select('externalId').orderBy('externalId').execute();
  assert.deepEqual(
    stored.map((r) => r.externalId),
    ['A1', 'A2'],
  );
  const duluth = await t.db.selectFrom('actionLocation').select('city').where('city', '=', 'Duluth').execute();
  assert.deepEqual(duluth, [], 'no location of the bad row was written');
  assert.equal(await rowCount('actionSource'), 1, "only the good row's source");
});

test('a file that is not in the ILR layout is refused whole and no job is recorded', async () => {
  const jobsBefore = await t.db.selectFrom('actionImport').select('id').execute();
  const res = await t.call('POST', '/api/tracker/imports', { cookie: organiser, body: { csv: 'Name,Phone\nAnn,555\n' } });
  const body = await json<{ error: { code: string; field: string; message: string } }>(res, 400);
  assert.equal(body.error.code, 'tracker_csv_header');
  assert.equal(body.error.field, 'csv');
  assert.match(body.error.message, /line 1, ID: column is missing from the header/);
  assert.equal((await t.db.selectFrom('actionImport').select('id').execute()).length, jobsBefore.length);
  assert.equal(await rowCount('action'), 0);
});

test('exporting and importing the export gives back the same actions, formula-looking cells included', async () => {
  const { csv } = syntheticIlrCsv({ rows: 300, seed: 11 });
  const formula: Row = {
    ...bakery,
    externalId: 'F1',
    employer: '=HYPERLINK("http://evil.example","click")',
    notes: '-2 degrees\nand "cold"',
    demands: '+raise; @everyone',
  };
  await importCsv(t, organiser, csv);
  await importCsv(t, organiser, file(formula));
  const before = await exportJson(t);
  assert.equal(before.length, 301);

  const exported = await t.call('GET', '/api/tracker/export.csv');
  assert.equal(exported.status, 200);
  assert.match(exported.headers.get('content-type') ?? '', /^text\/csv/);
  assert.match(exported.headers.get('content-disposition') ?? '', /attachment; filename="actions-\d{4}-\d{2}-\d{2}\.csv"/);
  const text = await exported.text();
  assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), 'a formula is written as text');
  assert.ok(!/(^|,)[=+\-@]/m.test(text), 'no cell starts a formula');

  const reimport = await importCsv(t, organiser, text);
  assert.deepEqual([reimport.errorCount, reimport.created, reimport.updated, reimport.unchanged], [0, 0, 0, 301]);
  await clearActions(t);
  const fresh = await importCsv(t, organiser, text);
  assert.equal(fresh.created, 301);
  const strip = ({ id, createdAt, updatedAt, ...content }: Action) => content;
  assert.deepEqual((await exportJson(t)).map(strip).sort(byExternal), before.map(strip).sort(byExternal));
});

const byExternal = (a: { externalId: string }, b: { externalId: string }) => a.externalId.localeCompare(b.externalId);

test('a big import is written in batches, each announced once to webhooks with the ids it wrote', async () => {
  const events: { type: string; data: { ids: string[]; count: number; importId: string | null } }[] = [];
  const stop = t.ctx.bus.subscribe<(typeof events)[number]>('public.>', (e) => void events.push(e.data));
  const rows = IMPORT_BATCH * 2 + 17;
  const { csv, ids, badIds } = syntheticIlrCsv({ rows, badEvery: 100 });
  const job = await importCsv(t, organiser, csv);
  stop();
  assert.equal(job.created, ids.length);
  assert.equal(job.badRows, badIds.length);
  assert.equal(job.errorCount, badIds.length);
  assert.equal(await rowCount('action'), ids.length);
  assert.equal(events.length, 3, 'one event per batch, not per action');
  assert.ok(events.every((e) => e.type === 'action.created' && e.data.importId === job.id && e.data.ids.length === e.data.count));
  assert.equal(new Set(events.flatMap((e) => e.data.ids)).size, ids.length);
});

test('a batch that fails to write leaves no part of any row; importing again finishes the job', async () => {
  const { csv, ids } = syntheticIlrCsv({ rows: IMPORT_BATCH + 100, seed: 5 });
  const expected = new Map(importIlrCsv(csv).actions.map(({ action }) => [action.externalId, action.locations.length]));
  const actor = { memberId: (await t.signIn({ roles: ['organiser'] })).id, sessionId: 's', roles: ['organiser' as const], trusted: true };
  const { job, finished } = await startImport(t.ctx, actor, csv);
  // Queued behind the first batch's transaction on SQLite; on PostgreSQL it may come first. Either way a batch fails.
  await sql`alter table action_location rename to action_location_away`.execute(t.db);
  await finished;
  await sql`alter table action_location_away rename to action_location`.execute(t.db);

  const failed = await json<ImportJob>(await t.call('GET', `/api/tracker/imports/${job.id}`, { cookie: organiser }), 200);
  assert.equal(failed.state, 'failed');
  assert.equal(failed.failure, 'write_failed');
  assert.equal(failed.rowsDone % IMPORT_BATCH, 0, 'whole batches or nothing');
  assert.equal(await rowCount('action'), failed.rowsDone);
  const stored = await t.db
    .selectFrom('action')
    .leftJoin('actionLocation', 'actionLocation.actionId', 'action.id')
    .select((eb) => ['action.externalId', eb.fn.count<number>('actionLocation.position').as('places')])
    .groupBy('action.externalId')
    .execute();
  for (const row of stored) assert.equal(Number(row.places), expected.get(row.externalId), `${row.externalId} has all its locations`);

  const again = await importCsv(t, organiser, csv);
  assert.equal(again.state, 'done');
  assert.deepEqual([again.created, again.unchanged], [ids.length - failed.rowsDone, failed.rowsDone]);
  assert.equal(await rowCount('action'), ids.length);
});

test('import jobs (their problem lists quote the file) go after the retention period; actions stay', async () => {
  const job = await importCsv(t, organiser, file(bakery, { ...bakery, externalId: 'B9', startDate: 'soon' }));
  const days = t.config.retentionDays.tracker_import as number;
  await purgeExpired(t.db, trackerRetention, t.config, t.clock.now() + (days - 1) * DAY);
  assert.equal((await t.call('GET', `/api/tracker/imports/${job.id}`, { cookie: organiser })).status, 200);
  await purgeExpired(t.db, trackerRetention, t.config, t.clock.now() + (days + 1) * DAY);
  assert.equal((await t.call('GET', `/api/tracker/imports/${job.id}`, { cookie: organiser })).status, 404);
  assert.equal(await rowCount('action'), 1);
});

test('only organisers import, and a member cannot read an import job', async () => {
  const member = (await t.signIn()).cookie;
  assert.equal((await t.call('POST', '/api/tracker/imports', { cookie: member, body: { csv: file(bakery) } })).status, 403);
  const job = await importCsv(t, organiser, file(bakery));
  assert.equal((await t.call('GET', `/api/tracker/imports/${job.id}`, { cookie: member })).status, 403);
  assert.equal((await t.call('GET', `/api/tracker/imports/${job.id}`)).status, 401);
});
