import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from '../../core/csv/csv';
import { ILR_COLUMNS, importIlrCsv } from './ilr-import';

// Header as people type it: odd case and spacing, "Latitude,Longitude" without a space, an extra column.
const HEADER =
  'id ,EMPLOYER,Labor  Organization,Local,Industry,Bargaining Unit Size,Number of Locations,Address,City,State,Zip Code,' +
  '"Latitude,Longitude",Approximate Number of Participants,Start Date,End Date,Duration Amount,Duration Unit,' +
  'Strike or Protest,Authorized,Worker Demands,Source,Notes,Internal Column';

const GOOD = {
  hospital:
    'A1,Hennepin Healthcare,SEIU Healthcare MN,113,Health Care and Social Assistance,"1,500",1,900 S 8th St,Minneapolis,Minnesota,55415,' +
    '"44.97, -93.26","1,200",1/23/2026,1/23/2026,1,Days,Strike,Y,Staffing;Pay,https://example.org/a1,,x',
  bakery:
    'A2,Lake Street Bakery,,,Accommodation and Food Services,,1,,Minneapolis,Minnesota,55407,,0,2026-01-23,,8,Hours,Protest,,' +
    'No ICE in our workplaces,https://example.org/a2,"Closed for the day.\nStaff joined the march, with ""No work, no school"" signs.\nReopened the 24th.",',
  schools:
    'A3,Minnesota Public Schools,"Education Minnesota; AFSCME",59,Educational Services,,3,,"Minneapolis; St. Paul; Duluth",Minnesota,55401;55102;55802,' +
    '"44.98, -93.27; 44.95, -93.09; 46.79, -92.10;",2500,2026-01-30,2026-01-31,2,Days,Walkout,Unknown,"Pay; Staffing; Pay",' +
    'https://example.org/a3; https://example.org/a3b,,',
  dining: 'A7,Harvard Dining,UNITE HERE,26,,,1,,Cambridge,Massachusetts,02134,,,2026-02-03T00:00:00Z,,,,Strike,N,,,,',
};
const BAD = {
  impossibleDate: 'A4,Bad Date Co,,,,,,,Minneapolis,Minnesota,,,,2/30/2026,,,,Strike,,,,,',
  duplicateId: 'A1,Hennepin Healthcare,,,,,,,Minneapolis,Minnesota,,,,2026-01-24,,,,Strike,,,,,',
  misalignedPlaces: 'A5,Mismatch Inc,,,,,,,"Minneapolis; St. Paul; Duluth",Minnesota,55401;55102,,,2026-02-01,,,,Protest,,,,,',
  twoBadCells: 'A6,Many Problems LLC,,,,,,,Boston,Massachusetts,,,lots,2026-02-02,,,,Strike,maybe,,,,',
  endBeforeStart: 'A8,Early End,,,,,,,Boston,Massachusetts,,,,2026-02-02,2026-02-01,,,Strike,,,,,',
};

// Lines: header 1, hospital 2, bakery 3-5, schools 6, then 7, 8, 9, 10, dining 11, 12.
const FIXTURE = [
  HEADER,
  GOOD.hospital,
  GOOD.bakery,
  GOOD.schools,
  BAD.impossibleDate,
  BAD.duplicateId,
  BAD.misalignedPlaces,
  BAD.twoBadCells,
  GOOD.dining,
  BAD.endBeforeStart,
].join('\r\n');

test('good rows become typed actions; multi-line notes, several locations and 0 participants read right', () => {
  const { actions: imported, rows } = importIlrCsv(FIXTURE);
  assert.equal(rows, 9);
  assert.deepEqual(
    imported.map((a) => a.line),
    [2, 3, 6, 11],
    'each action keeps the line it starts on',
  );
  const actions = imported.map((a) => a.action);
  assert.deepEqual(
    actions.map((a) => a.externalId),
    ['A1', 'A2', 'A3', 'A7'],
  );
  const [hospital, bakery, schools, dining] = actions;
  assert.deepEqual(hospital, {
    externalId: 'A1',
    employer: 'Hennepin Healthcare',
    organisations: ['SEIU Healthcare MN'],
    local: '113',
    industry: 'Health Care and Social Assistance',
    bargainingUnitSize: 1500,
    locationCount: 1,
    locations: [{ address: '900 S 8th St', city: 'Minneapolis', state: 'Minnesota', zip: '55415', lat: 44.97, lng: -93.26 }],
    participants: 1200,
    startDate: '2026-01-23',
    endDate: '2026-01-23',
    durationAmount: 1,
    durationUnit: 'days',
    kind: 'strike',
    authorized: true,
    demands: ['Staffing', 'Pay'],
    sources: ['https://example.org/a1'],
    notes: null,
  });
  assert.equal(bakery!.participants, null, '0 participants means unknown, never 0');
  assert.equal(bakery!.notes, 'Closed for the day.\nStaff joined the march, with "No work, no school" signs.\nReopened the 24th.');
  assert.equal(bakery!.kind, 'protest');
  assert.equal(bakery!.authorized, null);
  assert.deepEqual(bakery!.locations, [{ address: null, city: 'Minneapolis', state: 'Minnesota', zip: '55407', lat: null, lng: null }]);
  assert.deepEqual(schools!.organisations, ['Education Minnesota', 'AFSCME']);
  assert.deepEqual(schools!.demands, ['Pay', 'Staffing']);
  assert.deepEqual(schools!.sources, ['https://example.org/a3', 'https://example.org/a3b']);
  assert.equal(schools!.kind, 'walkout');
  assert.deepEqual(schools!.locations, [
    { address: null, city: 'Minneapolis', state: 'Minnesota', zip: '55401', lat: 44.98, lng: -93.27 },
    { address: null, city: 'St. Paul', state: 'Minnesota', zip: '55102', lat: 44.95, lng: -93.09 },
    { address: null, city: 'Duluth', state: 'Minnesota', zip: '55802', lat: 46.79, lng: -92.1 },
  ]);
  assert.equal(dining!.locations[0]!.zip, '02134', 'zip codes stay text, leading zero kept');
  assert.equal(dining!.startDate, '2026-02-03');
  assert.equal(dining!.authorized, false);
});

test('bad rows are reported by the line they start on and the column, and yield no action', () => {
  const { actions: imported, errors } = importIlrCsv(FIXTURE);
  const actions = imported.map((a) => a.action);
  assert.deepEqual(
    errors.map(({ line, column }) => [line, column]),
    [
      [7, 'Start Date'],
      [8, 'ID'],
      [9, 'Zip Code'],
      [10, 'Approximate Number of Participants'],
      [10, 'Authorized'],
      [12, 'End Date'],
    ],
  );
  assert.match(errors[0]!.message, /"2\/30\/2026" is not a date/);
  assert.match(errors[1]!.message, /ID "A1" already appears on line 2/);
  assert.match(errors[2]!.message, /lists 2 locations but City lists 3/);
  assert.match(errors[5]!.message, /before the Start Date/);
  assert.equal(actions.find((a) => a.externalId === 'A1')!.startDate, '2026-01-23', 'the duplicate did not replace the first');
  assert.ok(!actions.some((a) => ['A4', 'A5', 'A6', 'A8'].includes(a.externalId)));
});

test('bad rows do not change what the good rows import as', () => {
  const goodOnly = [HEADER, ...Object.values(GOOD)].join('\n');
  const clean = importIlrCsv(goodOnly);
  assert.deepEqual(clean.errors, []);
  const actionsOf = (result: typeof clean) => result.actions.map((a) => a.action);
  assert.deepEqual(actionsOf(importIlrCsv(FIXTURE)), actionsOf(clean));
});

test('columns are matched by name in any order; optional columns may be absent', () => {
  const csv = toCsv([
    ['Start Date', ' state', 'CITY', 'Employer', 'ID'],
    ['5/1/2026', 'Minnesota', 'Minneapolis', 'May Day Coalition', 'M1'],
  ]);
  const { actions, errors } = importIlrCsv(csv);
  assert.deepEqual(errors, []);
  assert.deepEqual(actions[0]?.action, {
    externalId: 'M1',
    employer: 'May Day Coalition',
    organisations: [],
    local: null,
    industry: null,
    bargainingUnitSize: null,
    locationCount: null,
    locations: [{ address: null, city: 'Minneapolis', state: 'Minnesota', zip: null, lat: null, lng: null }],
    participants: null,
    startDate: '2026-05-01',
    endDate: null,
    durationAmount: null,
    durationUnit: null,
    kind: 'other',
    authorized: null,
    demands: [],
    sources: [],
    notes: null,
  });
});

test('missing or repeated required columns are a file error and nothing is imported', () => {
  const missing = importIlrCsv('ID,Employer,City,State\nA1,X,Minneapolis,Minnesota\n');
  assert.deepEqual(missing, {
    actions: [],
    rows: 0,
    errors: [{ line: 1, column: 'Start Date', message: 'column is missing from the header' }],
  });
  const twice = importIlrCsv('ID,Employer,City,State,Start Date,id\nA1,X,Minneapolis,Minnesota,2026-01-23,A2\n');
  assert.deepEqual(twice.actions, []);
  assert.deepEqual(twice.errors, [{ line: 1, column: 'ID', message: 'column appears twice in the header' }]);
  assert.deepEqual(importIlrCsv('\uFEFF\r\n').errors, [{ line: 1, message: 'the file is empty' }]);
});

test('a row with shifted fields or broken quoting is refused whole; rows before it still import', () => {
  const header = 'ID,Employer,City,State,Start Date';
  const csv = [
    header,
    'A1,X,Minneapolis,Minnesota,2026-01-23,', // a stray trailing comma is harmless
    'A2,Y, Inc.,Minneapolis,Minnesota,2026-01-23', // an unquoted comma shifts every later value
    'A3,Z,Minneapolis',
    'A4,"unclosed,Minneapolis,Minnesota,2026-01-23',
    'A5,W,Minneapolis,Minnesota,2026-01-23',
  ].join('\n');
  const { actions, errors } = importIlrCsv(csv);
  assert.deepEqual(
    actions.map((a) => a.action.externalId),
    ['A1'],
  );
  assert.deepEqual(
    errors.map((e) => [e.line, e.message]),
    [
      [3, 'the row has 6 fields but the header has 5'],
      [4, 'the row has 3 fields but the header has 5'],
      [5, 'a quoted field opened on line 5 is never closed'],
    ],
  );
});

test('coordinates must cover every location or none, and stay on the globe', () => {
  const csv = toCsv([
    ['ID', 'Employer', 'City', 'State', 'Start Date', ILR_COLUMNS.latLng],
    ['B1', 'X', 'Minneapolis; St. Paul', 'Minnesota', '2026-01-23', '44.98, -93.27'],
    ['B2', 'X', 'Minneapolis', 'Minnesota', '2026-01-23', '144.98, -93.27'],
    ['B3', 'X', 'Minneapolis', 'Minnesota', '2026-01-23', 'north'],
  ]);
  const { actions, errors } = importIlrCsv(csv);
  assert.deepEqual(actions, []);
  assert.deepEqual(
    errors.map((e) => [e.line, e.column]),
    [
      [2, 'Latitude, Longitude'],
      [3, 'Latitude, Longitude'],
      [4, 'Latitude, Longitude'],
    ],
  );
});

test('a 5,000-row export with multi-line notes reads whole (its speed is measured in bench/tracker.ts)', () => {
  const header = Object.values(ILR_COLUMNS);
  const rows = Array.from({ length: 5000 }, (_, i) => [
    `R${i}`,
    `Employer ${i}, LLC`,
    'SEIU; UNITE HERE',
    '26',
    'Retail Trade',
    '1,200',
    '2',
    '1 Main St; 2 Main St',
    'Minneapolis; St. Paul',
    'Minnesota',
    '55401; 55102',
    '44.98, -93.27; 44.95, -93.09',
    String(i % 7 === 0 ? 0 : i),
    '1/23/2026',
    '2026-01-24',
    '2',
    'Days',
    'Strike',
    'Y',
    'Pay; Staffing',
    'https://example.org/1; https://example.org/2',
    `Notes for ${i}\nwith "quotes", commas and a second line`,
  ]);
  const csv = toCsv([header, ...rows]);
  const { actions, errors } = importIlrCsv(csv);
  assert.deepEqual(errors, []);
  assert.equal(actions.length, 5000);
  assert.equal(actions[7]!.action.participants, null);
  assert.equal(actions[4999]!.line, 2 + 2 * 4999, 'lines count the multi-line notes before');
});
