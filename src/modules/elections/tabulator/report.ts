import { type Decimal, formatDecimal } from './decimal';
import type { Json } from './pretty-json';
import { type Round, type TransferTarget, usesSurpluses } from './state';
import type { Tabulation } from './tabulate';

/**
 * The round-by-round report in the shape of RCTab's detailed report JSON: per round the tally, the
 * threshold, who was elected or eliminated with where their votes went, and the inactive ballots by
 * reason; then a summary. Numbers are text with the scale RCTab gives them. Beyond RCTab's shape:
 * `config.randomSeed` when ties are drawn by lot, `tieBreaks` when a tie was broken (and
 * `tieBreakOrder`, the candidate order such ties follow in the permutation modes).
 */

export const GENERATED_BY = 'Whistle elections tabulator';

type JsonObject = { [key: string]: Json };
const text = (d: Decimal) => formatDecimal(d);

function transfersOf(t: Tabulation, round: Round, candidate: number): JsonObject {
  const out: JsonObject = {};
  for (const [to, amount] of round.transfers.get(candidate) ?? new Map<TransferTarget, Decimal>())
    out[typeof to === 'number' ? (t.names[to] as string) : to] = text(amount);
  return out;
}

function inactiveBallots(t: Tabulation, round: Round, last: boolean): JsonObject {
  const i = round.inactive;
  const out: JsonObject = {
    exhaustedChoices: text(i.exhaustedChoices),
    overvotes: text(i.overvote),
    repeatedRankings: text(i.repeatedRankings),
    skippedRankings: text(i.skippedRankings),
  };
  if (last && usesSurpluses(t.config.rules)) out.finalRoundSurplus = text(i.finalRoundSurplus);
  return out;
}

function roundResult(t: Tabulation, round: Round, last: boolean): JsonObject {
  const tally: JsonObject = {};
  for (const [c, votes] of round.tally) tally[t.names[c] as string] = text(votes);
  const actions: Json[] = [
    ...round.elected.map((c) => ({ elected: t.names[c] as string, transfers: transfersOf(t, round, c) })),
    ...round.eliminated.map((c) => ({ eliminated: t.names[c] as string, transfers: transfersOf(t, round, c) })),
  ];
  return {
    inactiveBallots: inactiveBallots(t, round, last),
    round: round.round,
    tally,
    tallyResults: actions,
    threshold: text(round.threshold),
  };
}

function tieBreaks(t: Tabulation): Json[] {
  return t.tieBreaks.map((b) => ({
    round: b.round,
    kind: b.kind,
    tied: b.tied.map((c) => t.names[c] as string),
    votes: text(b.votes),
    selected: t.names[b.selected] as string,
    explanation: b.explanation,
  }));
}

/** The detailed report as a JSON value (serialise with prettyJson for RCTab's layout). */
export function detailedReport(t: Tabulation): JsonObject {
  const { contest, rules } = t.config;
  const config: JsonObject = {
    contest: contest.name,
    date: contest.date,
    generatedBy: GENERATED_BY,
    jurisdiction: contest.jurisdiction,
    office: contest.office,
  };
  if (rules.randomSeed !== null) config.randomSeed = String(rules.randomSeed);
  const lastRound = t.rounds.at(-1) as Round;
  const report: JsonObject = {
    config,
    jsonFormatVersion: '1',
    results: t.rounds.map((r) => roundResult(t, r, r === lastRound)),
    summary: {
      finalThreshold: text(lastRound.threshold),
      numCandidates: t.names.length,
      numWinners: rules.numberOfWinners,
      totalNumBallots: text(t.totalBallots),
      undervotes: Number(t.undervotes.unscaled / 10n ** BigInt(t.undervotes.scale)),
    },
  };
  if (t.tieBreaks.length > 0) report.tieBreaks = tieBreaks(t);
  if (t.tieBreaks.length > 0 && t.tieBreakOrder) report.tieBreakOrder = t.tieBreakOrder.map((c) => t.names[c] as string);
  return report;
}
