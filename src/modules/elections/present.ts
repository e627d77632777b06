import type { AppContext } from '../../context';
import type { Election, ElectionResults, Round, RoundTransfer } from './contract';
import { type ElectionPhase, TRANSFER_SINKS, type TransferSink } from './limits';
import { candidatesOf, countVoters } from './repository';
import type { ElectionTable } from './schema';

export const phaseOf = (e: ElectionTable, now: number): ElectionPhase =>
  e.status === 'closed' ? 'closed' : now < e.opensAt ? 'upcoming' : 'open';

export async function presentElection(
  ctx: AppContext,
  row: ElectionTable,
  mine: Election['mine'],
  context: Election['context'],
): Promise<Election> {
  const [candidates, ballotsCast] = await Promise.all([candidatesOf(ctx.db, row.id), countVoters(ctx.db, row.ballotBoxId)]);
  return {
    id: row.id,
    title: row.title,
    seats: row.seats,
    phase: phaseOf(row, ctx.clock.now()),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    closedAt: row.closedAt,
    candidates: candidates.map((c) => ({ id: c.id, name: c.name })),
    ballotsCast,
    seed: row.seed,
    rulesDescription: (JSON.parse(row.rules) as { rulesDescription?: string }).rulesDescription ?? '',
    context,
    mine,
    demo: row.demo === 1,
  };
}

/** RCTab's detailed report, as stored. */
interface StoredReport {
  results: {
    round: number;
    threshold: string;
    tally: Record<string, string>;
    tallyResults: { elected?: string; eliminated?: string; transfers: Record<string, string> }[];
    inactiveBallots: Record<string, string>;
  }[];
  summary: { totalNumBallots: string };
  tieBreaks?: { round: number; explanation: string }[];
}

/** Sums decimal texts exactly ("0.2222" + "1" = "1.2222"), as the report writes votes. */
function sumVotes(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((v) => v.split('.')[1]?.length ?? 0));
  const scaled = values.reduce((sum, v) => {
    const [whole = '0', part = ''] = v.split('.');
    return sum + BigInt(whole + part.padEnd(scale, '0'));
  }, 0n);
  if (scale === 0) return scaled.toString();
  const digits = scaled.toString().padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
  return text;
}

/**
 * Reads the stored report back with candidate ids in place of names; a round's transfers in ballot
 * order of the candidates, then what left the count (the report's own order follows the ballots').
 */
export function roundsOf(report: StoredReport, idOf: (name: string) => string, positionOf: (id: string) => number): Round[] {
  const rank = (x: RoundTransfer) => (x.to ? positionOf(x.to) : 1000 + TRANSFER_SINKS.indexOf(x.sink as TransferSink));
  return report.results.map((r) => {
    const actions = r.tallyResults;
    const transfers: RoundTransfer[] = actions.flatMap((a) => {
      const from = idOf((a.elected ?? a.eliminated) as string);
      return Object.entries(a.transfers).map(([to, votes]) => {
        const sink = TRANSFER_SINKS.includes(to as TransferSink) ? (to as TransferSink) : null;
        return { from, to: sink ? null : idOf(to), sink, votes };
      });
    });
    transfers.sort((a, b) => positionOf(a.from) - positionOf(b.from) || rank(a) - rank(b));
    return {
      round: r.round,
      threshold: r.threshold,
      tally: Object.entries(r.tally)
        .map(([name, votes]) => ({ candidateId: idOf(name), votes }))
        .sort((a, b) => positionOf(a.candidateId) - positionOf(b.candidateId)),
      elected: actions.flatMap((a) => (a.elected ? [idOf(a.elected)] : [])),
      eliminated: actions.flatMap((a) => (a.eliminated ? [idOf(a.eliminated)] : [])),
      transfers,
      inactive: sumVotes(Object.values(r.inactiveBallots)),
    };
  });
}

export async function presentResults(ctx: AppContext, row: ElectionTable, election: Election): Promise<ElectionResults> {
  if (!row.report) return { election, winners: [], totalBallots: '0', rounds: [], tieBreaks: [] };
  const report = JSON.parse(row.report) as StoredReport;
  const candidates = await candidatesOf(ctx.db, row.id);
  const ids = new Map(candidates.map((c) => [c.name, c.id]));
  const position = new Map(candidates.map((c) => [c.id, c.position]));
  const rounds = roundsOf(
    report,
    (name) => ids.get(name) ?? name,
    (id) => position.get(id) ?? 0,
  );
  return {
    election,
    winners: rounds.flatMap((r) => r.elected),
    totalBallots: report.summary.totalNumBallots,
    rounds,
    tieBreaks: (report.tieBreaks ?? []).map((b) => ({ round: b.round, explanation: b.explanation })),
  };
}
