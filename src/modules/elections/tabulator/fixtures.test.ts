import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadContest } from './load';
import { prettyJson } from './pretty-json';
import { detailedReport, GENERATED_BY } from './report';
import { tabulate } from './tabulate';
import { FIXTURES, fixtureFiles } from './test-helpers';

// RCTab's own test sets (see ../fixtures/README.md): every expected detailed report reproduced exactly.
const sets = fs.readdirSync(FIXTURES).filter((name) => fs.statSync(path.join(FIXTURES, name)).isDirectory());

test('every RCTab test set is here', () => {
  assert.equal(sets.length, 10);
});

for (const set of sets) {
  test(`RCTab test set ${set}: the detailed report is reproduced exactly`, () => {
    const files = fixtureFiles(set);
    const expectedText = fs.readFileSync(files.expected, 'utf8');
    const expected = JSON.parse(expectedText);
    const { config, cvrs } = loadContest(files.config);
    const report = detailedReport(tabulate(config, cvrs));
    const actual = JSON.parse(prettyJson(report));

    assert.deepEqual(actual.results, expected.results);
    assert.deepEqual(actual.summary, expected.summary);
    assert.equal(actual.jsonFormatVersion, expected.jsonFormatVersion);
    for (const field of ['contest', 'date', 'jurisdiction', 'office']) assert.equal(actual.config[field], expected.config[field], field);
    assert.equal(actual.config.generatedBy, GENERATED_BY);

    // And laid out byte for byte as RCTab lays it out, once our own config fields are set aside.
    const reportConfig = report.config as Record<string, unknown>;
    reportConfig.generatedBy = expected.config.generatedBy;
    delete reportConfig.randomSeed;
    assert.equal(prettyJson(report), expectedText);
  });
}
