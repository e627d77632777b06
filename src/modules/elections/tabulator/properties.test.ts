import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseContestConfig } from './config';
import { add, compare, type Decimal, formatDecimal, ZERO } from './decimal';
import { prettyJson } from './pretty-json';
import { detailedReport } from './report';
import { INACTIVE_REASONS } from './state';
import { tabulate } from './tabulate';
import { rctabConfig } from './test-helpers';
import { type CastVoteRecord, OVERVOTE, type RctabRules } from './types';

// Random contests under random rules: the count must conserve every ballot exactly, fill every seat
// and come out the same every time.

const NAMES = ['Ana', 'Bea', 'Cal', 'Dev', 'Eli', 'Fay'];

const rulesArb = (candidates: number) =>
  fc
    .record({
      seats: fc.integer({ min: 1, max: Math.min(3, candidates) }),
      multiMode: fc.constantFrom('multiWinnerAllowMultipleWinnersPerRound', 'multiWinnerAllowOnlyOneWinnerPerRound', 'bottomsUp'),
      tiebreakMode: fc.constantFrom('random', 'useCandidateOrder', 'previousRoundCountsThenRandom', 'generatePermutation'),
      randomSeed: fc.integer({ min: -1000, max: 1000 }),
      overvoteRule: fc.constantFrom('alwaysSkipToNextRank', 'exhaustImmediately', 'exhaustIfMultipleContinuing'),
      decimalPlaces: fc.integer({ min: 1, max: 6 }),
      maxSkipped: fc.option(fc.integer({ min: 0, max: 2 })),
      maxRankings: fc.integer({ min: 1, max: candidates }),
      flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    })
    .map((r): Partial<RctabRules> => {
      const [nonInteger, hare, batch, duplicate, firstRound, untilTwo] = r.flags;
      const single = r.seats === 1;
      return {
        winnerElectionMode: single ? 'singleWinnerMajority' : r.multiMode,
        numberOfWinners: String(r.seats),
        tiebreakMode: r.tiebreakMode,
        randomSeed: String(r.randomSeed),
        overvoteRule: r.overvoteRule,
        decimalPlacesForVoteArithmetic: String(r.decimalPlaces),
        maxSkippedRanksAllowed: r.maxSkipped === null ? 'unlimited' : String(r.maxSkipped),
        maxRankingsAllowed: String(r.maxRankings),
        nonIntegerWinningThreshold: !!nonInteger,
        hareQuota: !!hare,
        batchElimination: !!batch,
        exhaustOnDuplicateCandidate: !!duplicate,
        doesFirstRoundDetermineThreshold: single && !!firstRound,
        continueUntilTwoCandidatesRemain: single && !firstRound && !!untilTwo,
      };
    });

/** A mark at one rank: skipped, one candidate, several (an overvote), or the explicit overvote label. */
const markArb = (candidates: number) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant<string[]>([]) },
    { weight: 8, arbitrary: fc.integer({ min: 0, max: candidates - 1 }).map((c) => [NAMES[c] as string]) },
    {
      weight: 1,
      arbitrary: fc
        .uniqueArray(fc.integer({ min: 0, max: candidates - 1 }), { minLength: 2, maxLength: 3 })
        .map((cs) => cs.map((c) => NAMES[c] as string)),
    },
    { weight: 1, arbitrary: fc.constant<string[]>([OVERVOTE]) },
  );

const contestArb = fc.integer({ min: 2, max: NAMES.length }).chain((candidates) =>
  fc.record({
    candidates: fc.constant(NAMES.slice(0, candidates)),
    rules: rulesArb(candidates),
    ballots: fc.array(
      fc.record({ marks: fc.array(markArb(candidates), { maxLength: candidates }), count: fc.integer({ min: 1, max: 5 }) }),
      {
        minLength: 1,
        maxLength: 40,
      },
    ),
  }),
);

function cvrsOf(ballots: { marks: ReadonlyArray<readonly string[]>; count: number }[], maxRankings: number): CastVoteRecord[] {
  return ballots.map((b, i) => ({
    id: `p${i}`,
    count: b.count,
    rankings: b.marks.slice(0, maxRankings).flatMap((labels, r) => labels.map((label) => [r + 1, label] as const)),
  }));
}

const sum = (xs: Iterable<Decimal>) => [...xs].reduce(add, ZERO);

test('every round accounts for every ballot exactly: tallies + inactive + residual surplus = ballots cast', () => {
  fc.assert(
    fc.property(contestArb, ({ candidates, rules, ballots }) => {
      const config = parseContestConfig(rctabConfig(candidates, rules));
      const t = tabulate(config, cvrsOf(ballots, config.rules.maxRankingsAllowed));
      const cast = ballots.reduce((n, b) => n + b.count, 0);
      assert.equal(formatDecimal(t.totalBallots), String(cast));
      for (const round of t.rounds) {
        const accounted = add(add(sum(round.tally.values()), sum(INACTIVE_REASONS.map((r) => round.inactive[r]))), round.residualSurplus);
        assert.equal(compare(accounted, t.totalBallots), 0, `round ${round.round}: ${formatDecimal(accounted)} of ${cast}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('an eliminated candidate passes on exactly the votes they had', () => {
  fc.assert(
    fc.property(contestArb, ({ candidates, rules, ballots }) => {
      const config = parseContestConfig(rctabConfig(candidates, rules));
      const t = tabulate(config, cvrsOf(ballots, config.rules.maxRankingsAllowed));
      t.rounds.slice(0, -1).forEach((round) => {
        for (const c of round.eliminated) {
          const passed = sum(round.transfers.get(c)?.values() ?? []);
          assert.equal(compare(passed, round.tally.get(c) as Decimal), 0, `round ${round.round}, ${t.names[c]}`);
        }
      });
    }),
    { numRuns: 200 },
  );
});

test('every seat is filled, and the same contest with the same seed gives the same report', () => {
  fc.assert(
    fc.property(contestArb, ({ candidates, rules, ballots }) => {
      const config = parseContestConfig(rctabConfig(candidates, rules));
      const cvrs = cvrsOf(ballots, config.rules.maxRankingsAllowed);
      const first = tabulate(config, cvrs);
      assert.equal(first.winners.length, config.rules.numberOfWinners);
      assert.equal(new Set(first.winners).size, first.winners.length);
      assert.equal(prettyJson(detailedReport(tabulate(config, cvrs))), prettyJson(detailedReport(first)));
    }),
    { numRuns: 200 },
  );
});
