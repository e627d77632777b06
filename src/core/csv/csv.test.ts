import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseCsv, toCsv } from './csv';

const fieldsOf = (text: string) => parseCsv(text).map((record) => record.fields);

test('quoted fields keep commas, doubled quotes and line breaks', () => {
  const text = 'a,"b, c","say ""hi""","two\nlines"\n';
  assert.deepEqual(fieldsOf(text), [['a', 'b, c', 'say "hi"', 'two\nlines']]);
});

test('records start on the line a person sees, even after a multi-line quoted field', () => {
  const text = '\uFEFFid,notes\r\n1,"first\r\nsecond\nthird"\r\n2,plain\r\n\r\n3,"x"\r4,last';
  assert.deepEqual(
    parseCsv(text).map(({ line, fields }) => [line, fields]),
    [
      [1, ['id', 'notes']],
      [2, ['1', 'first\r\nsecond\nthird']],
      [5, ['2', 'plain']],
      [7, ['3', 'x']],
      [8, ['4', 'last']],
    ],
  );
});

test('a byte-order mark is dropped, empty fields and a trailing comma are kept, blank lines are skipped', () => {
  assert.deepEqual(fieldsOf('\uFEFFa,,b,\n\n\n"",x\n'), [
    ['a', '', 'b', ''],
    ['', 'x'],
  ]);
  assert.deepEqual(fieldsOf(''), []);
  assert.deepEqual(fieldsOf('\uFEFF'), []);
});

test('malformed quoting is reported on the record, naming the line, and later records still read', () => {
  const stray = parseCsv('a,"b"c,d\ne,f\n');
  assert.match(stray[0]!.error!, /after a closing quote on line 1/);
  assert.deepEqual(stray[1], { line: 2, fields: ['e', 'f'] });

  const open = parseCsv('ok,1\nbad,"never closed\nmore,2\n');
  assert.deepEqual(open[0], { line: 1, fields: ['ok', '1'] });
  assert.equal(open[1]!.line, 2);
  assert.match(open[1]!.error!, /opened on line 2 is never closed/);
  assert.equal(open.length, 2);
});

test('toCsv quotes only what needs quoting and writes CRLF', () => {
  assert.equal(toCsv([['a', 'b,c', 'he said "no"', 'x\ny', 3, null, true], ['']]), 'a,"b,c","he said ""no""","x\ny",3,,true\r\n""\r\n');
});

const breaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

test('property: any matrix of strings written by toCsv reads back identically, with the right start lines', () => {
  const tricky = fc.constantFrom(',', '"', '\r', '\n', '\r\n', ' ', '\uFEFF', 'a', 'é', '🙂');
  const field = fc.oneof(
    fc.string({ unit: tricky, maxLength: 8 }),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );
  const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
  fc.assert(
    fc.property(rows, (matrix) => {
      const records = parseCsv(toCsv(matrix));
      assert.deepEqual(
        records.map((record) => record.fields),
        matrix,
      );
      records.forEach((record, index) => {
        assert.equal(record.error, undefined);
        assert.equal(record.line, 1 + breaks(toCsv(matrix.slice(0, index))));
      });
    }),
    { numRuns: 500 },
  );
});

test('a 5,000-row file with multi-line fields parses whole, every record on its line', () => {
  const matrix = Array.from({ length: 5000 }, (_, i) => [
    String(i),
    `Employer ${i}, Inc.`,
    'note line one\nline "two"',
    'Minneapolis; St. Paul',
    '44.97, -93.26',
  ]);
  const text = toCsv(matrix);
  const records = parseCsv(text);
  assert.equal(records.length, 5000);
  assert.equal(records[4999]!.line, 1 + 2 * 4999);
});
