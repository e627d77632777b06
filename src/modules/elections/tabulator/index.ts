/**
 * Ranked-choice tabulation (instant runoff and single transferable vote) with RCTab's rules and
 * exact decimal arithmetic. A pure library: no database, no clock; only `loadContest` reads files.
 *
 *   const { config, cvrs } = loadContest('contest_config.json');
 *   const result = tabulate(config, cvrs);
 *   prettyJson(detailedReport(result)); htmlSummary(result); csvSummary(result);
 */
export { parseContestConfig } from './config';
export { readCdfCvrs } from './cvr-cdf';
export { readRankingsCsv } from './cvr-csv';
export { type Decimal, formatDecimal, parseDecimal } from './decimal';
export { TabulatorInputError } from './input-error';
export { type LoadedContest, loadContest } from './load';
export { type MinneapolisOptions, minneapolisRules } from './minneapolis';
export { type Json, prettyJson } from './pretty-json';
export { detailedReport } from './report';
export type { Round, TransferTarget } from './state';
export { csvSummary, htmlSummary } from './summary';
export { type Tabulation, tabulate } from './tabulate';
export type { TieBreak } from './tie-break';
export type { CastVoteRecord, ContestConfig, CvrSource, InactiveReason, RctabRules, Rules } from './types';
export { OVERVOTE, RESERVED_NAMES, UNDECLARED_WRITE_IN } from './types';
