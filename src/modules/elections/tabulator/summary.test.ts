import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../../../core/csv/csv';
import { parseContestConfig } from './config';
import { loadContest } from './load';
import { csvSummary, escapeHtml, htmlSummary } from './summary';
import { tabulate } from './tabulate';
import { fixtureFiles, rctabConfig } from './test-helpers';

const hostile = ['<script>alert(1)</script>', '=HYPERLINK("http://x")', 'Bo & "Co"'];

function hostileCount() {
  const config = parseContestConfig({
    ...rctabConfig(hostile, { tiebreakMode: 'random', randomSeed: '3' }),
    outputSettings: { contestName: 'Ward <1>' },
  });
  return tabulate(
    config,
    hostile.map((name, i) => ({ id: `b${i}`, count: i === 2 ? 1 : 2, rankings: [[1, name] as const] })),
  );
}

test('the HTML summary escapes every name and label', () => {
  const html = htmlSummary(hostileCount());
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /Bo &amp; &quot;Co&quot;/);
  assert.match(html, /<title>Ward &lt;1&gt;: results<\/title>/);
  assert.match(html, /<h2>Tie-breaks<\/h2>/);
  assert.equal(escapeHtml(`'`), '&#39;');
});

test('the HTML summary of a fixture shows each round, the threshold and the winner', () => {
  const { config, cvrs } = loadContest(fixtureFiles('test_set_multi_winner_whole_threshold').config);
  const html = htmlSummary(tabulate(config, cvrs));
  assert.match(html, /<th scope="col">Round 6<\/th>/);
  assert.match(html, /<tr><th scope="row">Candidate C Name<\/th><td>9<\/td><td>8<\/td>/);
  assert.match(html, /<tr><th scope="row">Residual surplus<\/th><td>0<\/td><td>0\.0001<\/td>/);
  assert.match(html, /<dt>Winners<\/dt><dd>Candidate C Name; Candidate A Name; Candidate B Name<\/dd>/);
});

test('the CSV summary reads back as the same table, formula-looking names marked as text', () => {
  const rows = parseCsv(csvSummary(hostileCount())).map((r) => r.fields);
  assert.deepEqual(rows[0], ['Contest', 'Ward <1>']);
  const header = rows.find((r) => r[0] === 'Round');
  assert.deepEqual(header, ['Round', 'Round 1', 'Round 2']);
  assert.ok(rows.some((r) => r[0] === `'=HYPERLINK("http://x")`));
  assert.ok(rows.some((r) => r[0] === 'Threshold' && r[1] === '3'));
  assert.ok(rows.some((r) => r[0] === 'Tie-break'));
});
