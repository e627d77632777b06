import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseContestConfig } from './config';
import { readRankingsCsv } from './cvr-csv';
import { TabulatorInputError } from './input-error';
import { loadContest } from './load';
import { prettyJson } from './pretty-json';
import { detailedReport } from './report';
import { tabulate } from './tabulate';
import { fixtureFiles, rctabConfig } from './test-helpers';
import { type CvrSource, OVERVOTE, UNDECLARED_WRITE_IN } from './types';

const csvSource = (extra: Record<string, unknown> = {}) => ({
  filePath: 'ballots.csv',
  provider: 'rankingsCsv',
  firstVoteColumnIndex: '3',
  firstVoteRowIndex: '2',
  idColumnIndex: '1',
  countColumnIndex: '2',
  overvoteLabel: 'overvote',
  skippedRankLabel: 'undervote',
  undeclaredWriteInLabel: 'UWI',
  overvoteDelimiter: '|',
  ...extra,
});

const sourceOf = (extra: Record<string, unknown> = {}): CvrSource =>
  parseContestConfig(rctabConfig(['Ann', 'Bo', 'Cy'], { maxRankingsAllowed: '3' }, [csvSource(extra)])).sources[0] as CvrSource;

test('labels: skipped-rank label and blanks skip, the overvote label and a delimited cell are overvotes, UWI is a write-in', () => {
  const text = ['id,count,Rank 1,Rank 2,Rank 3', 'b1,1,Ann,undervote,Bo', 'b2,1,overvote,Cy,', 'b3,1,Ann|Bo,UWI,Cy', 'b4,1,,, '].join('\n');
  const records = readRankingsCsv(text, sourceOf(), 3, 'ballots.csv');
  assert.deepEqual(
    records.map((r) => r.rankings),
    [
      [
        [1, 'Ann'],
        [3, 'Bo'],
      ],
      [
        [1, OVERVOTE],
        [2, 'Cy'],
      ],
      [
        [1, 'Ann'],
        [1, 'Bo'],
        [2, UNDECLARED_WRITE_IN],
        [3, 'Cy'],
      ],
      [],
    ],
  );
});

test('the id and count columns; columns past maxRankingsAllowed are not read', () => {
  const text = 'id,count,R1,R2,R3,Notes\n"ballot, one",250,Bo,Ann,,"a note, not a rank"\nb2,3,Cy\n';
  const records = readRankingsCsv(text, sourceOf(), 3, 'ballots.csv');
  assert.deepEqual(
    records.map(({ id, count, rankings }) => ({ id, count, rankings })),
    [
      {
        id: 'ballot, one',
        count: 250,
        rankings: [
          [1, 'Bo'],
          [2, 'Ann'],
        ],
      },
      { id: 'b2', count: 3, rankings: [[1, 'Cy']] },
    ],
  );
});

test('without an id column a ballot is named by file and line; blank cells can be write-ins', () => {
  const source = sourceOf({ idColumnIndex: '', countColumnIndex: '', firstVoteColumnIndex: '1', treatBlankAsUndeclaredWriteIn: true });
  const records = readRankingsCsv('R1,R2,R3\n"Ann",,Bo\n', source, 3, 'x.csv');
  assert.equal(records[0]?.id, 'x.csv:2');
  assert.deepEqual(records[0]?.rankings, [
    [1, 'Ann'],
    [2, UNDECLARED_WRITE_IN],
    [3, 'Bo'],
  ]);
});

test('a bad file is refused with the line (and column) at fault', () => {
  const read = (text: string) => () => readRankingsCsv(text, sourceOf(), 3, 'ballots.csv');
  assert.throws(read('h\nb1,1,Ann\nb2,two,Bo\n'), {
    name: 'TabulatorInputError',
    message: /^ballots\.csv line 3, column 2: .*count.*"two"/,
  });
  assert.throws(read('h\nb1,0,Ann\n'), /line 2, column 2/);
  assert.throws(read('h\nb1,1,"Ann\n'), { message: /^ballots\.csv line 2: a quoted field opened on line 2 is never closed/ });
  assert.throws(read('h\nb1,1,Ann||Bo\n'), /line 2, column 3: .*empty name/);
});

test('a name that is no candidate is refused with its line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabulate-csv-'));
  try {
    fs.writeFileSync(path.join(dir, 'ballots.csv'), 'id,count,R1,R2,R3\nb1,1,Ann,Bo\nb2,1,Ann,Zed\n');
    fs.writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify(rctabConfig(['Ann', 'Bo', 'Cy'], { maxRankingsAllowed: '3' }, [csvSource()])),
    );
    const { config, cvrs } = loadContest(path.join(dir, 'config.json'));
    assert.throws(
      () => tabulate(config, cvrs),
      (e: Error) => e instanceof TabulatorInputError && /^ballots\.csv line 3: "Zed" is not a candidate/.test(e.message),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('RCTab test set 1, typed up as a rankings CSV, gives the same report as its CDF file', () => {
  const files = fixtureFiles('test_set_1_exhaust_at_overvote');
  const rows = ['A|B,,C,D', 'B,A,D,C', 'C,B,A,D', 'A,C,B,D', 'B,C,A,D', 'A,C,B,D', 'B,A,C,D', 'C,B|D,A', 'B,C,A,D', 'A,B,D,C'];
  rows.push('B,C,A,D', 'B,A,D,C', 'A,,,C', 'D,C,,B', 'A,B,D,C');
  const named = rows.map((r) => r.replace(/[A-D]/g, (c) => `Candidate ${c} Name`));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabulate-csv-'));
  try {
    fs.writeFileSync(path.join(dir, 'set1.csv'), `Rank 1,Rank 2,Rank 3,Rank 4\n${named.join('\n')}\n`);
    const config = JSON.parse(fs.readFileSync(files.config, 'utf8'));
    config.cvrFileSources = [
      { filePath: 'set1.csv', provider: 'rankingsCsv', firstVoteColumnIndex: '1', firstVoteRowIndex: '2', overvoteDelimiter: '|' },
    ];
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
    const { config: parsed, cvrs } = loadContest(path.join(dir, 'config.json'));
    const report = JSON.parse(prettyJson(detailedReport(tabulate(parsed, cvrs))));
    const expected = JSON.parse(fs.readFileSync(files.expected, 'utf8'));
    assert.deepEqual(report.results, expected.results);
    assert.deepEqual(report.summary, expected.summary);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
