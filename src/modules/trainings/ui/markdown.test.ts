import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Block, type Inline, isSafeHref, parseInline, parseMarkdown } from './markdown';

const text = (t: string): Inline => ({ type: 'text', text: t });

test('headings, paragraphs and both kinds of list', () => {
  const blocks = parseMarkdown(
    '# Know your rights\n\nYou have the right\nto remain silent.\n\n## At the door\n- Do not open\n- Ask for a warrant\n  signed by a judge\n\n3. Stay calm\n4. Call the hotline\n### Afterwards ###',
  );
  assert.deepEqual(blocks, [
    { type: 'heading', level: 1, children: [text('Know your rights')] },
    { type: 'paragraph', children: [text('You have the right to remain silent.')] },
    { type: 'heading', level: 2, children: [text('At the door')] },
    { type: 'list', ordered: false, start: 1, items: [[text('Do not open')], [text('Ask for a warrant signed by a judge')]] },
    { type: 'list', ordered: true, start: 3, items: [[text('Stay calm')], [text('Call the hotline')]] },
    { type: 'heading', level: 3, children: [text('Afterwards')] },
  ] satisfies Block[]);
});

test('bold, italic, both nested, and markers that do not close stay as typed', () => {
  assert.deepEqual(parseInline('say **"I do not consent"** and *stay calm*'), [
    text('say '),
    { type: 'strong', children: [text('"I do not consent"')] },
    text(' and '),
    { type: 'em', children: [text('stay calm')] },
  ]);
  assert.deepEqual(parseInline('_a **b** c_'), [
    { type: 'em', children: [text('a '), { type: 'strong', children: [text('b')] }, text(' c')] },
  ]);
  assert.deepEqual(parseInline('2 * 3 * 4 and **open'), [text('2 * 3 * 4 and **open')]);
  assert.deepEqual(parseInline('snake_case_name'), [text('snake_case_name')]);
  assert.deepEqual(parseInline('\\*not italic\\*'), [text('*not italic*')]);
});

test('links only to http(s) addresses; any other address leaves just the words', () => {
  assert.deepEqual(parseInline('see [the card](https://www.ilrc.org/red-cards).'), [
    text('see '),
    { type: 'link', href: 'https://www.ilrc.org/red-cards', children: [text('the card')] },
    text('.'),
  ]);
  for (const href of ['javascript:void', 'data:text/html,hi', '/relative', '//evil.example', 'JaVaScRiPt:void', 'vbscript:x'])
    assert.deepEqual(parseInline(`[click](${href})`), [text('click')], href);
  const withParens = parseInline('[click](javascript:alert(1))');
  assert.ok(!JSON.stringify(withParens).includes('"link"'), 'no link at all');
  assert.ok(isSafeHref('http://example.org/a?b=c'));
  assert.ok(!isSafeHref('https:/example.org'));
});

test('HTML is shown as text, never passed through', () => {
  const blocks = parseMarkdown(
    '<script>alert("x")</script>\n\n<img src=x onerror=alert(1)> **bold**\n\n<a href="javascript:alert(1)">x</a>',
  );
  assert.deepEqual(blocks, [
    { type: 'paragraph', children: [text('<script>alert("x")</script>')] },
    { type: 'paragraph', children: [text('<img src=x onerror=alert(1)> '), { type: 'strong', children: [text('bold')] }] },
    { type: 'paragraph', children: [text('<a href="javascript:alert(1)">x</a>')] },
  ]);
  const leaves = JSON.stringify(blocks);
  assert.ok(!leaves.includes('"type":"html"'));
});

test('hostile input stays fast', () => {
  const started = performance.now();
  for (const bad of ['*'.repeat(20_000), '['.repeat(20_000), `${'[a]('.repeat(5000)}`, '_*'.repeat(10_000), '**a'.repeat(6000)])
    parseMarkdown(bad);
  assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`);
});
