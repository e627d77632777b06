import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fixtureFiles, rctabConfig } from './test-helpers';

// `npm run tabulate -- <config>` as a separate process: the report on stdout, or one line and exit 2.
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'tabulate.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

function withFiles(files: Record<string, string>, run: (dir: string) => void) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabulate-cli-'));
  try {
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    run(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function assertRefused(result: ReturnType<typeof cli>, message: RegExp) {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, message);
  assert.equal(result.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
}

test('prints the detailed report of a fixture, the same as RCTab expects', () => {
  const files = fixtureFiles('test_set_multi_winner_fractional_threshold');
  const result = cli(path.relative(ROOT, files.config));
  assert.equal(result.status, 0, result.stderr);
  const printed = JSON.parse(result.stdout);
  const expected = JSON.parse(fs.readFileSync(files.expected, 'utf8'));
  assert.deepEqual(printed.results, expected.results);
  assert.deepEqual(printed.summary, expected.summary);
  assert.deepEqual(
    { ...printed.config, generatedBy: undefined, randomSeed: undefined },
    { ...expected.config, generatedBy: undefined, randomSeed: undefined },
  );
});

test('a missing file: exit 2 and a message naming it', () => {
  assertRefused(cli('no-such-config.json'), /^tabulate: no-such-config\.json: cannot be read \(no such file\)$/m);
  assertRefused(cli(), /^usage: npm run tabulate -- <contest_config\.json> \[--html \| --csv\]$/m);
  assertRefused(cli('a.json', '--html', '--csv'), /^usage: /m);
});

test('--html and --csv print the readable summaries of the same count', () => {
  const config = path.relative(ROOT, fixtureFiles('test_set_multi_winner_whole_threshold').config);
  const html = cli(config, '--html');
  assert.equal(html.status, 0, html.stderr);
  assert.match(html.stdout, /^<!doctype html>/i);
  assert.match(html.stdout, /Candidate C Name/);
  const csv = cli(config, '--csv');
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(csv.stdout, /^Contest,test set multi winner whole$/m);
});

test('a bad field, a missing CVR file and a bad ballot line each name what is wrong', () => {
  const ballotsCsv = 'Rank 1,Rank 2\nAnn,Bo\nBo,Cy\n';
  const source = { filePath: 'ballots.csv', provider: 'rankingsCsv', firstVoteColumnIndex: '1', firstVoteRowIndex: '2' };
  withFiles(
    {
      'bad-rule.json': JSON.stringify(rctabConfig(['Ann', 'Bo'], { numberOfWinners: 'two' }, [source])),
      'missing-cvr.json': JSON.stringify(rctabConfig(['Ann', 'Bo'], {}, [{ ...source, filePath: 'gone.csv' }])),
      'bad-line.json': JSON.stringify(rctabConfig(['Ann', 'Bo'], {}, [source])),
      'broken.json': '{ "rules": ',
      'ballots.csv': ballotsCsv,
    },
    (dir) => {
      assertRefused(
        cli(path.join(dir, 'bad-rule.json')),
        /^tabulate: bad-rule\.json: rules\.numberOfWinners: must be a whole number from 1 to 1000, got "two"$/m,
      );
      assertRefused(cli(path.join(dir, 'missing-cvr.json')), /^tabulate: gone\.csv: cannot be read \(no such file\)$/m);
      assertRefused(cli(path.join(dir, 'bad-line.json')), /^tabulate: ballots\.csv line 3: "Cy" is not a candidate/m);
      assertRefused(cli(path.join(dir, 'broken.json')), /^tabulate: broken\.json: not valid JSON/m);
    },
  );
});
