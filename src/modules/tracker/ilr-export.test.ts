import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseCsv } from '../../core/csv/csv';
import { guardCell, unguardCell } from '../../core/csv/spreadsheet-safe';
import { type TrackerActionInput, trackerActionInput } from './action-input';
import { toIlrCsv } from './ilr-export';
import { importIlrCsv } from './ilr-import';
import { ACTION_KINDS } from './kinds';
import { BLANK_ACTION } from './test-helpers';

test('cells that a spreadsheet would run as a formula get a leading quote; removing it gives the value back', () => {
  assert.equal(guardCell('=SUM(A1:A9)'), "'=SUM(A1:A9)");
  assert.equal(guardCell('+1 555'), "'+1 555");
  assert.equal(guardCell('-2 degrees'), "'-2 degrees");
  assert.equal(guardCell('@everyone'), "'@everyone");
  assert.equal(guardCell('\tx'), "'\tx");
  assert.equal(guardCell("'=already"), "''=already");
  assert.equal(guardCell("it's fine"), "it's fine");
  assert.equal(guardCell('Pay = fair'), 'Pay = fair');
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }), (value) => {
      assert.equal(unguardCell(guardCell(value)), value);
    }),
    { numRuns: 2000 },
  );
});

test('the header is the ILR layout and unknown participants are written empty, not 0', () => {
  const [header, row] = parseCsv(toIlrCsv([sample({ participants: null })])).map((record) => record.fields);
  assert.equal(header?.[0], 'ID');
  assert.equal(header?.[11], 'Latitude, Longitude');
  assert.equal(row?.[header!.indexOf('Approximate Number of Participants')], '');
});

const sample = (more: Partial<TrackerActionInput> = {}): TrackerActionInput => ({ externalId: 'X1', ...BLANK_ACTION, ...more });

// Text as people type it, awkward characters included; the schema decides what is a valid action.
const word = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', '"', "'", '=', '-', '+', '@', 'é', '🙂', '1', '.', '/'),
  minLength: 1,
  maxLength: 12,
});
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const date = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// -0 is written "0": the same place, so the generator does not make it.
const degrees = (max: number) => fc.double({ min: -max, max, noNaN: true }).map((x) => x + 0);
const point = fc.record({ lat: degrees(90), lng: degrees(180) });

const action = fc
  .record({
    externalId: word,
    employer: fc.string({ minLength: 1, maxLength: 30 }),
    organisations: fc.uniqueArray(word, { maxLength: 3 }),
    local: optional(word),
    industry: optional(word),
    bargainingUnitSize: optional(fc.integer({ min: 1, max: 100_000 })),
    locationCount: optional(fc.integer({ min: 1, max: 50 })),
    places: fc.array(fc.record({ address: optional(word), city: optional(word), state: optional(word), zip: optional(word) }), {
      maxLength: 4,
    }),
    points: fc.option(fc.array(point, { minLength: 4, maxLength: 4 }), { nil: null }),
    participants: optional(fc.integer({ min: 1, max: 1_000_000 })),
    startDate: date,
    days: optional(fc.integer({ min: 0, max: 30 })),
    durationAmount: optional(fc.double({ min: 0.25, max: 100, noNaN: true })),
    durationUnit: optional(fc.constantFrom('days', 'hours')),
    kind: fc.constantFrom(...ACTION_KINDS),
    authorized: optional(fc.boolean()),
    demands: fc.uniqueArray(word, { maxLength: 3 }),
    sources: fc.uniqueArray(word, { maxLength: 3 }),
    notes: optional(fc.string({ minLength: 1, maxLength: 40 })),
  })
  .map(({ places, points, days, ...rest }) => ({
    ...rest,
    endDate: days === null ? null : new Date(Date.parse(rest.startDate) + days * 86_400_000).toISOString().slice(0, 10),
    locations: places.map((place, i) => ({ ...place, lat: points?.[i]?.lat ?? null, lng: points?.[i]?.lng ?? null })),
  }))
  .map((candidate) => trackerActionInput.safeParse(candidate))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data as TrackerActionInput);

test('property: any valid actions exported to the ILR layout import back exactly', () => {
  fc.assert(
    fc.property(fc.uniqueArray(action, { selector: (a) => a.externalId, maxLength: 5 }), (actions) => {
      const { actions: imported, errors } = importIlrCsv(toIlrCsv(actions));
      assert.deepEqual(errors, []);
      assert.deepEqual(
        imported.map((row) => row.action),
        actions,
      );
    }),
    { numRuns: 500 },
  );
});
