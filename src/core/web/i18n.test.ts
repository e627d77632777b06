/**
 * Every string the app shows exists in every language, and every error code the server can send has
 * a translation. Feature string tables are found on disk (any `locales.ts` under src), so a new
 * feature is checked without editing this file.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { bundleOf, LANGUAGES, type Locales, type StringTree } from './i18n';

const SRC = path.resolve(import.meta.dirname, '../..');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
    return [full];
  });
}
const sourceFiles = walk(SRC);

async function loadAllLocales(): Promise<Locales[]> {
  const files = sourceFiles.filter((f) => path.basename(f) === 'locales.ts');
  const loaded: Locales[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (value && typeof value === 'object' && 'ns' in value && 'load' in value) loaded.push(value as Locales);
    }
  }
  return loaded;
}

/** Every leaf as `a.b.c` → text. */
function flatten(tree: StringTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * Error codes the server can send, read from its source (not the UI's): codes given to the AppError
 * helpers, `{ error: { code: '…' } }` bodies, and `code = …` assignments.
 */
function serverErrorCodes(): Set<string> {
  const serverFiles = sourceFiles.filter(
    (f) =>
      f.endsWith('.ts') &&
      !f.endsWith('.test.ts') &&
      !f.includes(`${path.sep}ui${path.sep}`) &&
      !f.includes(`${path.sep}web${path.sep}`) &&
      !f.includes(`${path.sep}app${path.sep}`),
  );
  const str = String.raw`(?:'[^']*'|"[^"]*"|\`[^\`]*\`)`;
  const patterns = [
    /\b(?:badRequest|conflict|gone)\(\s*'([a-z_]+)'/g,
    /new AppError\(\s*\d+\s*,\s*'([a-z_]+)'/g,
    new RegExp(String.raw`\bforbidden\(\s*${str}\s*,\s*'([a-z_]+)'`, 'g'),
    /\berror:\s*\{\s*code:\s*'([a-z_]+)'/g,
  ];
  const codes = new Set<string>();
  for (const file of serverFiles) {
    const text = fs.readFileSync(file, 'utf8');
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) codes.add(m[1]);
    // `const code = status === 400 ? 'invalid_json' : …;` and defaults such as `code = 'forbidden'`.
    for (const m of text.matchAll(/\bcode\s*=\s*([^;]+?)(?:;|\)\s*=>)/g)) {
      for (const q of m[1].matchAll(/'([a-z_]+)'/g)) codes.add(q[1]);
    }
  }
  return codes;
}

test('every namespace has every English string, non-empty, in es, so and hmn, with the same placeholders', async () => {
  const all = await loadAllLocales();
  const namespaces = all.map((l) => l.ns).sort();
  for (const ns of ['common', 'members', 'zones', 'audit']) assert.ok(namespaces.includes(ns), `namespace ${ns} is loaded`);
  assert.equal(new Set(namespaces).size, namespaces.length, 'namespaces are unique');

  for (const locales of all) {
    const english = flatten(locales.en);
    assert.ok(english.size > 0, `${locales.ns} has English strings`);
    for (const lang of LANGUAGES) {
      const other = flatten(await bundleOf(locales, lang));
      for (const [key, text] of english) {
        const translated = other.get(key) ?? '';
        assert.ok(translated.trim(), `${lang}: ${locales.ns}:${key} is missing or empty (en: "${text}")`);
        assert.deepEqual(placeholders(translated), placeholders(text), `${lang}: ${locales.ns}:${key} keeps the placeholders of "${text}"`);
      }
      for (const key of other.keys()) assert.ok(english.has(key), `${lang}: ${locales.ns}:${key} is not in English (stale key?)`);
    }
  }
});

test('every error code the server sends has errors.<code> in the common strings', async () => {
  const codes = serverErrorCodes();
  // Guards against a broken extraction passing on an empty list.
  for (const known of [
    'invalid_input',
    'unauthorized',
    'forbidden',
    'not_found',
    'not_vouched',
    'invite_used',
    'rate_limited',
    'internal',
  ]) {
    assert.ok(codes.has(known), `the extraction finds ${known}`);
  }
  const common = (await loadAllLocales()).find((l) => l.ns === 'common');
  assert.ok(common, 'the common namespace exists');
  const errors = flatten(common.en);
  const missing = [...codes].filter((code) => !errors.get(`errors.${code}`)?.trim());
  assert.deepEqual(missing, [], `add these to src/core/web/locales/*.ts under errors: ${missing.join(', ')}`);
});

test('the app offers exactly the languages members can choose in their profile', async () => {
  const { LANGUAGES: profileLanguages } = await import('../../modules/members/contract');
  assert.deepEqual([...LANGUAGES], [...profileLanguages]);
});
