#!/usr/bin/env node
/**
 * `npm test [-- <path>...]`: every *.test.ts under src/, tests/ and e2e/ (or only those under the given
 * paths) through node's test runner. Node 20 does not expand globs itself, so the files are found here.
 * The runner's output is passed through untouched: CI reads its closing `ℹ tests / ℹ pass / ℹ fail` lines.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const TEST_ROOTS = ['src', 'tests', 'e2e'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'data', '.git']);

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  if (fs.statSync(dir).isFile()) return dir.endsWith('.test.ts') ? [dir] : [];
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) found.push(full);
  }
  return found;
}

/** Everything after `npm test --` is a path filter; a path outside the test roots is a mistake worth saying. */
function selectTests(filters) {
  const all = TEST_ROOTS.flatMap((r) => findTests(path.join(root, r)));
  if (filters.length === 0) return all;
  const wanted = filters.map((f) => path.resolve(process.cwd(), f));
  for (const [i, w] of wanted.entries()) {
    if (!fs.existsSync(w)) {
      process.stderr.write(`No such path: ${filters[i]}\n`);
      process.exit(2);
    }
  }
  return all.filter((file) => wanted.some((w) => file === w || file.startsWith(w + path.sep)));
}

function describeDatabase() {
  const url = process.env.DATABASE_URL;
  if (!url) return 'SQLite (a fresh file per test; set DATABASE_URL to use PostgreSQL)';
  try {
    const u = new URL(url);
    return `PostgreSQL at ${u.host}${u.pathname} (DATABASE_URL)`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

const files = selectTests(process.argv.slice(2)).sort();
process.stdout.write(`Database for this run: ${describeDatabase()}\n`);
if (files.length === 0) {
  process.stderr.write('No *.test.ts files found.\n');
  process.exit(1);
}
// TEST_CONCURRENCY sets how many test files run at once; unset, Node's default (one core less than the
// machine has). Browser tests are CPU-bound: on 2 cores running two at once only makes each slower.
const concurrency = Number(process.env.TEST_CONCURRENCY) || Math.max(os.availableParallelism() - 1, 1);

/**
 * Loading the app's modules through tsx costs a process 2.5–4 s of CPU, more than most files' tests.
 * So the unit and integration files under src/ share a few processes: each group file imports its
 * files one after another, each inside its own `describe`, which scopes that file's before/after hooks
 * to it. Files that start servers, kill them or drive a browser (tests/, e2e/) keep a process each.
 * TEST_ISOLATION=file gives every file its own process, to rule grouping out when a test misbehaves.
 */
const GROUPABLE = path.join(root, 'src') + path.sep;
const grouping = process.env.TEST_ISOLATION !== 'file';
const groupable = grouping ? files.filter((f) => f.startsWith(GROUPABLE)) : [];
const alone = files.filter((f) => !groupable.includes(f));
const groupCount = Math.min(groupable.length, concurrency * 2);
const groupDir = groupCount > 0 ? fs.mkdtempSync(path.join(os.tmpdir(), 'whistle-test-groups-')) : null;
const entries = alone.map((f) => path.relative(root, f));
for (let g = 0; g < groupCount; g++) {
  const members = groupable.filter((_, i) => i % groupCount === g);
  const lines = [
    "import { describe } from 'node:test';",
    ...members.map(
      (f) =>
        `describe(${JSON.stringify(path.relative(root, f))}, async () => { await import(${JSON.stringify(pathToFileURL(f).href)}); });`,
    ),
  ];
  const file = path.join(groupDir, `group-${g + 1}.test.mjs`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  entries.push(file);
}
process.stdout.write(
  `Test files: ${files.length} (${groupable.length} of them in ${groupCount} shared processes), ${concurrency} processes at a time\n\n`,
);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...entries],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
// A signal sent to this process alone is passed on, so no test run is left behind.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (groupDir) fs.rmSync(groupDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
