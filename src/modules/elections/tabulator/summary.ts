import { toCsv } from '../../../core/csv/csv';
import { guardCell } from '../../../core/csv/spreadsheet-safe';
import { compare, type Decimal, formatDecimal, signum } from './decimal';
import { type Round, usesSurpluses } from './state';
import type { Tabulation } from './tabulate';

/**
 * Readable summaries of a tabulation: one table (a row per candidate, a column per round, then the
 * threshold, the inactive ballots and who was elected or eliminated), rendered as an HTML page (all
 * text escaped, no script or style) or as CSV (cells that a spreadsheet would run as a formula are
 * marked as text).
 */

interface SummaryTable {
  facts: [label: string, value: string][];
  header: string[];
  rows: [label: string, ...cells: string[]][];
  tieBreaks: string[];
}

const text = formatDecimal;
const namesOf = (t: Tabulation, cs: number[]) => cs.map((c) => t.names[c] as string).join('; ');

function candidateOrder(t: Tabulation): number[] {
  const first = (t.rounds[0] as Round).tally;
  return [...first.keys()].sort((a, b) => compare(first.get(b) as Decimal, first.get(a) as Decimal) || a - b);
}

function summaryTable(t: Tabulation): SummaryTable {
  const { contest, rules } = t.config;
  const rounds = t.rounds;
  const last = rounds.at(-1) as Round;
  const perRound = (cell: (r: Round) => string) => rounds.map(cell);
  const inactive: [string, (r: Round) => Decimal][] = [
    ['Overvotes', (r) => r.inactive.overvote],
    ['Skipped rankings', (r) => r.inactive.skippedRankings],
    ['Repeated rankings', (r) => r.inactive.repeatedRankings],
    ['Exhausted choices', (r) => r.inactive.exhaustedChoices],
  ];
  if (usesSurpluses(rules)) inactive.push(['Final round surplus', (r) => r.inactive.finalRoundSurplus]);
  if (signum(last.residualSurplus) > 0) inactive.push(['Residual surplus', (r) => r.residualSurplus]);
  const facts: SummaryTable['facts'] = [
    ['Contest', contest.name],
    ['Date', contest.date],
    ['Jurisdiction', contest.jurisdiction],
    ['Office', contest.office],
    ['Rules', rules.rulesDescription],
    ['Seats', String(rules.numberOfWinners)],
    ['Winners', namesOf(t, t.winners)],
    ['Final threshold', text(last.threshold)],
    ['Ballots', text(t.totalBallots)],
  ];
  if (rules.randomSeed !== null) facts.push(['Random seed', String(rules.randomSeed)]);
  return {
    facts,
    header: ['Round', ...rounds.map((r) => `Round ${r.round}`)],
    rows: [
      ['Threshold', ...perRound((r) => text(r.threshold))],
      ...candidateOrder(t).map((c): [string, ...string[]] => [
        t.names[c] as string,
        ...perRound((r) => (r.tally.has(c) ? text(r.tally.get(c) as Decimal) : '')),
      ]),
      ...inactive.map(([label, value]): [string, ...string[]] => [label, ...perRound((r) => text(value(r)))]),
      ['Elected', ...perRound((r) => namesOf(t, r.elected))],
      ['Eliminated', ...perRound((r) => namesOf(t, r.eliminated))],
    ],
    tieBreaks: t.tieBreaks.map(
      (b) =>
        `Round ${b.round}: ${namesOf(t, b.tied)} tied at ${text(b.votes)}; ${t.names[b.selected]} ${b.kind === 'elect' ? 'elected' : 'eliminated'}. ${b.explanation}`,
    ),
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);

/** A standalone HTML page. */
export function htmlSummary(t: Tabulation): string {
  const table = summaryTable(t);
  const e = escapeHtml;
  const facts = table.facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('\n');
  const head = table.header.map((h, i) => `<th scope="col">${i === 0 ? '' : e(h)}</th>`).join('');
  const body = table.rows.map(
    ([label, ...cells]) => `<tr><th scope="row">${e(label)}</th>${cells.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`,
  );
  const ties = table.tieBreaks.length
    ? `<h2>Tie-breaks</h2>\n<ul>\n${table.tieBreaks.map((b) => `<li>${e(b)}</li>`).join('\n')}\n</ul>\n`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${e(t.config.contest.name)}: results</title>
</head>
<body>
<h1>${e(t.config.contest.name)}</h1>
<dl>
${facts}
</dl>
<table>
<caption>Votes round by round</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
${ties}</body>
</html>
`;
}

/** The same summary as CSV: the facts, a blank row, then the round-by-round table. */
export function csvSummary(t: Tabulation): string {
  const table = summaryTable(t);
  const rows: string[][] = [...table.facts, [], table.header, ...table.rows, ...table.tieBreaks.map((b) => ['Tie-break', b])];
  return toCsv(rows.map((row) => row.map(guardCell)));
}
