import fs from 'node:fs';
import path from 'node:path';
import { parseContestConfig } from './config';
import { readCdfCvrs } from './cvr-cdf';
import { readRankingsCsv } from './cvr-csv';
import { TabulatorInputError } from './input-error';
import type { CastVoteRecord, ContestConfig } from './types';

/**
 * Reads an RCTab contest config and every cast vote record file it lists; relative CVR paths are
 * taken from the config file's folder, as RCTab does. Every problem is a TabulatorInputError that
 * names the file (and field or line).
 */

function readText(file: string, shownAs: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TabulatorInputError(`${shownAs}: cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? 'unknown error')})`);
  }
}

function readJson(file: string, shownAs: string): unknown {
  const content = readText(file, shownAs);
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new TabulatorInputError(`${shownAs}: not valid JSON (${(error as Error).message})`);
  }
}

/** Prefixes a config error with the config file's name, so the message says which file to fix. */
function inFile<T>(shownAs: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TabulatorInputError) throw new TabulatorInputError(`${shownAs}: ${error.message}`);
    throw error;
  }
}

export interface LoadedContest {
  config: ContestConfig;
  cvrs: CastVoteRecord[];
}

export function loadContest(configPath: string): LoadedContest {
  const shownAs = path.basename(configPath);
  const raw = readJson(configPath, shownAs);
  const config = inFile(shownAs, () => parseContestConfig(raw));
  if (config.sources.length === 0)
    throw new TabulatorInputError(`${shownAs}: cvrFileSources: at least one cast vote record file is needed`);
  const folder = path.dirname(path.resolve(configPath));
  const cvrs: CastVoteRecord[] = [];
  for (const source of config.sources) {
    const file = path.resolve(folder, source.filePath);
    const name = source.filePath;
    const records =
      source.provider === 'cdf'
        ? readCdfCvrs(readJson(file, name), source, name)
        : readRankingsCsv(readText(file, name), source, config.rules.maxRankingsAllowed, name);
    for (const record of records) cvrs.push(record);
  }
  return { config, cvrs };
}
