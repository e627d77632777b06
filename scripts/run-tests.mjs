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
process.stdout.write(`Test files: ${files.length}, ${concurrency} at a time\n\n`);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files.map((f) => path.relative(root, f))],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
// A signal sent to this process alone is passed on, so no test run is left behind.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
