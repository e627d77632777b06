import {
  type CastVoteRecord,
  type ContestConfig,
  detailedReport,
  parseContestConfig,
  prettyJson,
  type RctabRules,
  tabulate,
} from '../src/modules/elections/tabulator';
import { type Section, setting } from './support/section';
import { seededRandom } from './support/watchers';

/**
 * Issue #8 tabulator (target: each count ≤ 1 s): (1) instant runoff, 100,000 ballots ranking up to 3
 * of 35 candidates, one candidate defeated per round; (2) a 3-seat single transferable vote on the
 * same ballots. Timed: the whole tabulation from cast vote records (grouping identical ballots, every
 * round, exact decimal arithmetic) and the RCTab JSON report. The baseline, on the same ballots in the
 * same run, is a bare loop that only counts first choices: what reading every ballot once costs.
 */

export interface TabulateBenchOptions {
  ballots: number;
  candidates: number;
  seats: number;
  repetitions: number;
}

/** Sizes from the environment: BENCH_TABULATE_BALLOTS (100000), BENCH_TABULATE_CANDIDATES (35), BENCH_TABULATE_SEATS (3). */
export const tabulateBenchOptions = (repetitions: number): TabulateBenchOptions => ({
  ballots: setting('BENCH_TABULATE_BALLOTS', 100_000),
  candidates: setting('BENCH_TABULATE_CANDIDATES', 35),
  seats: setting('BENCH_TABULATE_SEATS', 3),
  repetitions,
});

const RANKS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Ballots with popularity falling off as 1/position, later ranks sometimes left blank; the same every run. */
export function syntheticBallots(count: number, names: string[]): CastVoteRecord[] {
  const random = seededRandom(8);
  const weights = names.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w / total;
    cumulative.push(sum);
  }
  const pick = () => {
    const r = random();
    const i = cumulative.findIndex((c) => r < c);
    return names[i === -1 ? names.length - 1 : i] as string;
  };
  return Array.from({ length: count }, (_, b) => {
    const ranked = new Set<string>();
    const depth = random() < 0.15 ? 1 + Math.floor(random() * (RANKS - 1)) : RANKS;
    while (ranked.size < depth) ranked.add(pick());
    return { id: `b${b}`, rankings: [...ranked].map((name, r) => [r + 1, name] as const) };
  });
}

function contestOf(names: string[], rules: Partial<RctabRules>): ContestConfig {
  return parseContestConfig({
    outputSettings: { contestName: 'Bench' },
    candidates: names.map((name) => ({ name })),
    rules: {
      tiebreakMode: 'random',
      randomSeed: '1',
      overvoteRule: 'exhaustImmediately',
      winnerElectionMode: 'singleWinnerMajority',
      numberOfWinners: '1',
      decimalPlacesForVoteArithmetic: '4',
      maxSkippedRanksAllowed: '1',
      maxRankingsAllowed: String(RANKS),
      ...rules,
    },
  });
}

function firstChoices(cvrs: CastVoteRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cvr of cvrs) {
    for (const [rank, label] of cvr.rankings) {
      if (rank !== 1) continue;
      counts.set(label, (counts.get(label) ?? 0) + (cvr.count ?? 1));
      break;
    }
  }
  return counts;
}

function timed(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchTabulate(opts: TabulateBenchOptions, log: (line: string) => void): Section {
  const names = Array.from({ length: opts.candidates }, (_, i) => `Candidate ${i + 1}`);
  const cvrs = syntheticBallots(opts.ballots, names);
  const counts = [
    { name: `IRV, ${opts.candidates} candidates`, config: contestOf(names, {}) },
    {
      name: `STV, ${opts.seats} seats`,
      config: contestOf(names, { winnerElectionMode: 'multiWinnerAllowMultipleWinnersPerRound', numberOfWinners: String(opts.seats) }),
    },
  ];
  const baseline: number[] = [];
  const runs = counts.map(() => [] as number[]);
  const shapes = counts.map(() => '');
  firstChoices(cvrs);
  for (const c of counts) tabulate(c.config, cvrs);
  for (let r = 0; r < opts.repetitions; r++) {
    baseline.push(timed(() => firstChoices(cvrs)));
    counts.forEach((c, i) => {
      (runs[i] as number[]).push(
        timed(() => {
          const result = tabulate(c.config, cvrs);
          prettyJson(detailedReport(result));
          shapes[i] = `${result.rounds.length} rounds, winners ${result.winners.map((w) => result.names[w]).join(', ')}`;
        }),
      );
    });
    log(
      `  tabulate run ${r + 1}: baseline ${baseline.at(-1)?.toFixed(1)} ms, ${counts.map((c, i) => `${c.name} ${runs[i]?.at(-1)?.toFixed(0)} ms`).join(', ')}`,
    );
  }
  const base = median(baseline);
  const row = (name: string, xs: number[], shape: string) => {
    const ms = median(xs);
    return `| ${name} | ${shape} | ${ms.toFixed(1)} (${xs.map((x) => x.toFixed(0)).join(', ')}) | ${Math.round(opts.ballots / (ms / 1000)).toLocaleString('en-US')} | ${(ms / base).toFixed(0)}× | ${ms <= 1000 ? 'yes' : 'NO'} |`;
  };
  return {
    title: `Tabulator: ${opts.ballots.toLocaleString('en-US')} ranked ballots`,
    notes: [
      `Synthetic ballots (bench/tabulate.ts, fixed seed): ${opts.candidates} candidates, popularity ∝ 1/position, ${RANKS} ranks, 15% leave later ranks blank.`,
      'Timed: tabulate() from the cast vote records (grouping identical ballots, every round, exact BigInt fixed-point arithmetic) plus the RCTab JSON report. Medians of the runs, the runs in brackets.',
      'IRV: RCTab single-winner rules, one candidate defeated per round (no batch elimination). STV: Droop quota, fractional surplus transfer at 4 decimal places.',
      `Baseline: a bare loop counting first choices over the same ballots, ${base.toFixed(2)} ms (median). "vs baseline" is tabulation time ÷ baseline time.`,
    ],
    markdown: [
      '| Count | result | ms (median) | ballots/s | vs baseline | ≤ 1 s |',
      '| --- | --- | ---: | ---: | ---: | --- |',
      `| Baseline: first choices only | — | ${base.toFixed(2)} (${baseline.map((x) => x.toFixed(1)).join(', ')}) | ${Math.round(opts.ballots / (base / 1000)).toLocaleString('en-US')} | 1× | — |`,
      ...counts.map((c, i) => row(c.name, runs[i] as number[], shapes[i] as string)),
    ].join('\n'),
  };
}
