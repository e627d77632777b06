import { flag, integer, objectAt, text } from './fields';
import { fail, shown } from './input-error';
import type { CvrProvider, CvrSource } from './types';

/** The `cvrFileSources` of an RCTab config; only the CDF JSON and rankings-CSV providers are read. */
export function parseSources(list: unknown[], maxRankings: number): CvrSource[] {
  return list.map((entry, i) => {
    const path = `cvrFileSources[${i}]`;
    const s = objectAt(entry, path);
    const providerRaw = text(s, 'provider', path, true);
    const provider: CvrProvider | null = providerRaw.toLowerCase() === 'cdf' ? 'cdf' : providerRaw === 'rankingsCsv' ? 'rankingsCsv' : null;
    if (!provider) fail(`${path}.provider`, `${shown(providerRaw)} is not supported; use "cdf" or "rankingsCsv"`);
    const csv = provider === 'rankingsCsv';
    const column = (key: string, required: boolean) =>
      integer(s, key, path, { min: 1, max: 1000, ...(required ? {} : { fallback: 0 }) }) || null;
    const source: CvrSource = {
      filePath: text(s, 'filePath', path, true),
      provider: provider as CvrProvider,
      contestId: text(s, 'contestId', path, !csv),
      firstVoteColumnIndex: csv ? (column('firstVoteColumnIndex', true) as number) : 0,
      firstVoteRowIndex: csv ? integer(s, 'firstVoteRowIndex', path, { min: 1, max: 1_000_000 }) : 0,
      idColumnIndex: csv ? column('idColumnIndex', false) : null,
      countColumnIndex: csv ? column('countColumnIndex', false) : null,
      overvoteLabel: text(s, 'overvoteLabel', path),
      skippedRankLabel: text(s, 'skippedRankLabel', path),
      undeclaredWriteInLabel: text(s, 'undeclaredWriteInLabel', path),
      overvoteDelimiter: text(s, 'overvoteDelimiter', path),
      treatBlankAsUndeclaredWriteIn: flag(s, 'treatBlankAsUndeclaredWriteIn', path),
    };
    if (source.idColumnIndex !== null && source.idColumnIndex === source.countColumnIndex)
      fail(`${path}.countColumnIndex`, 'must differ from idColumnIndex');
    // The rank columns are firstVoteColumnIndex and the maxRankingsAllowed - 1 after it.
    const [first, last] = [source.firstVoteColumnIndex, source.firstVoteColumnIndex + maxRankings - 1];
    for (const key of ['idColumnIndex', 'countColumnIndex'] as const) {
      const col = source[key];
      if (col !== null && col >= first && col <= last)
        fail(`${path}.${key}`, `column ${col} falls among the rank columns ${first}–${last}`);
    }
    return source;
  });
}
