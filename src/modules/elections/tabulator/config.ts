import { type Decimal, parseDecimal, ZERO } from './decimal';
import { arrayAt, choice, flag, integer, type JsonObject, objectAt, text } from './fields';
import { fail, shown } from './input-error';
import { parseSources } from './sources';
import type { ContestConfig, ContestInfo, Rules } from './types';
import { RESERVED_NAMES, TIEBREAK_MODES, WINNER_ELECTION_MODES } from './types';

/**
 * An RCTab contest config (`outputSettings`, `candidates`, `cvrFileSources`, `rules`) checked and
 * turned into typed rules. Every error names the field, e.g. `rules.numberOfWinners: must be a whole
 * number from 1 to 1000, got "x"`.
 */

const UNSUPPORTED_TIEBREAKS: Record<string, string> = {
  stopCountingAndAsk: 'asks an operator mid-count, which a library cannot do',
  previousRoundCountsThenAsk: 'asks an operator mid-count, which a library cannot do',
};
const UNSUPPORTED_MODES: Record<string, string> = {
  bottomsUpUsingPercentageThreshold: 'is not supported by this tabulator',
  multiPassIrv: 'is not supported by this tabulator',
};

// RCTab's bounds for the seed of java.util.Random, kept so configs stay portable between the two.
const MAX_SEED = 140737488355327;

function readContest(raw: JsonObject): ContestInfo {
  const settings = raw.outputSettings === undefined ? {} : objectAt(raw.outputSettings, 'outputSettings');
  const path = 'outputSettings';
  return {
    name: text(settings, 'contestName', path, true),
    date: text(settings, 'contestDate', path),
    jurisdiction: text(settings, 'contestJurisdiction', path),
    office: text(settings, 'contestOffice', path),
  };
}

function readCandidates(raw: JsonObject): ContestConfig['candidates'] {
  const list = arrayAt(raw.candidates, 'candidates');
  if (list.length === 0) fail('candidates', 'at least one candidate is needed');
  const seen = new Map<string, string>();
  const claim = (label: string, where: string) => {
    if (RESERVED_NAMES.some((r) => r.toLowerCase() === label.toLowerCase())) fail(where, `${shown(label)} is reserved by the tabulator`);
    const earlier = seen.get(label);
    if (earlier) fail(where, `${shown(label)} is already used by ${earlier}`);
    seen.set(label, where);
  };
  return list.map((entry, i) => {
    const path = `candidates[${i}]`;
    const c = objectAt(entry, path);
    const name = text(c, 'name', path, true);
    claim(name, `${path}.name`);
    const aliases = c.aliases === undefined ? [] : arrayAt(c.aliases, `${path}.aliases`);
    const aliasTexts = aliases.map((a, j) => {
      if (typeof a !== 'string' || a.trim() === '') fail(`${path}.aliases[${j}]`, `must be non-empty text, got ${shown(a)}`);
      const alias = (a as string).trim();
      if (alias !== name) claim(alias, `${path}.aliases[${j}]`);
      return alias;
    });
    // Older RCTab configs give a short code instead of aliases; a ballot may use either.
    const shortCode = text(c, 'code', path);
    if (shortCode && shortCode !== name && !aliasTexts.includes(shortCode)) {
      claim(shortCode, `${path}.code`);
      aliasTexts.push(shortCode);
    }
    return { name, aliases: aliasTexts, excluded: flag(c, 'excluded', path) };
  });
}

function readMinimumVoteThreshold(rules: JsonObject): Decimal {
  const raw = text(rules, 'minimumVoteThreshold', 'rules');
  if (raw === '') return ZERO;
  const value = parseDecimal(raw);
  if (!value || value.unscaled < 0n) return fail('rules.minimumVoteThreshold', `must be a number of votes ≥ 0, got ${shown(raw)}`);
  return value;
}

function readRules(raw: JsonObject, declaredCandidates: number): Rules {
  const rules = objectAt(raw.rules, 'rules');
  const path = 'rules';
  const tiebreakRaw = text(rules, 'tiebreakMode', path, true);
  if (UNSUPPORTED_TIEBREAKS[tiebreakRaw]) fail(`${path}.tiebreakMode`, `${shown(tiebreakRaw)} ${UNSUPPORTED_TIEBREAKS[tiebreakRaw]}`);
  const modeRaw = text(rules, 'winnerElectionMode', path, true);
  if (UNSUPPORTED_MODES[modeRaw]) fail(`${path}.winnerElectionMode`, `${shown(modeRaw)} ${UNSUPPORTED_MODES[modeRaw]}`);
  const tiebreakMode = choice(rules, 'tiebreakMode', path, TIEBREAK_MODES);
  const winnerElectionMode = choice(rules, 'winnerElectionMode', path, WINNER_ELECTION_MODES);
  const needsSeed = tiebreakMode !== 'useCandidateOrder';
  const seed = integer(rules, 'randomSeed', path, { min: -MAX_SEED - 1, max: MAX_SEED, ...(needsSeed ? {} : { fallback: 0 }) });
  const parsed: Rules = {
    tiebreakMode,
    randomSeed: needsSeed ? BigInt(seed) : null,
    overvoteRule: choice(rules, 'overvoteRule', path, [
      'alwaysSkipToNextRank',
      'exhaustImmediately',
      'exhaustIfMultipleContinuing',
    ] as const),
    winnerElectionMode,
    numberOfWinners: integer(rules, 'numberOfWinners', path, { min: 1, max: 1000 }),
    decimalPlaces: integer(rules, 'decimalPlacesForVoteArithmetic', path, { min: 1, max: 20, fallback: 4 }),
    minimumVoteThreshold: readMinimumVoteThreshold(rules),
    maxSkippedRanksAllowed: integer(rules, 'maxSkippedRanksAllowed', path, { min: 0, max: 1000, words: { unlimited: Infinity } }),
    maxRankingsAllowed: integer(rules, 'maxRankingsAllowed', path, { min: 1, max: 1000, words: { max: declaredCandidates } }),
    nonIntegerWinningThreshold: flag(rules, 'nonIntegerWinningThreshold', path),
    firstRoundDeterminesThreshold: flag(rules, 'doesFirstRoundDetermineThreshold', path),
    hareQuota: flag(rules, 'hareQuota', path),
    batchElimination: flag(rules, 'batchElimination', path),
    continueUntilTwoCandidatesRemain: flag(rules, 'continueUntilTwoCandidatesRemain', path),
    exhaustOnDuplicateCandidate: flag(rules, 'exhaustOnDuplicateCandidate', path),
    stopTabulationEarlyAfterRound: integer(rules, 'stopTabulationEarlyAfterRound', path, { min: 1, max: 100000, fallback: Infinity }),
    rulesDescription: text(rules, 'rulesDescription', path),
  };
  const single = winnerElectionMode === 'singleWinnerMajority';
  if (single && parsed.numberOfWinners !== 1) fail(`${path}.numberOfWinners`, `must be 1 with winnerElectionMode "singleWinnerMajority"`);
  if (!single && parsed.numberOfWinners < 2)
    fail(`${path}.numberOfWinners`, `must be at least 2 with winnerElectionMode ${shown(winnerElectionMode)}`);
  if (parsed.continueUntilTwoCandidatesRemain && !single)
    fail(`${path}.continueUntilTwoCandidatesRemain`, 'only applies to a single-winner contest');
  return parsed;
}

/** Checks an RCTab contest config (parsed JSON) and returns its typed form. */
export function parseContestConfig(raw: unknown): ContestConfig {
  const root = objectAt(raw, 'config');
  const candidates = readCandidates(root);
  const rules = readRules(root, candidates.length);
  const sources =
    root.cvrFileSources === undefined ? [] : parseSources(arrayAt(root.cvrFileSources, 'cvrFileSources'), rules.maxRankingsAllowed);
  sources.forEach((s, i) => {
    if (s.overvoteLabel && rules.overvoteRule === 'exhaustIfMultipleContinuing')
      fail(`cvrFileSources[${i}].overvoteLabel`, 'cannot be used with overvoteRule "exhaustIfMultipleContinuing"');
  });
  const usesWriteIns = sources.some((s) => s.undeclaredWriteInLabel !== '' || s.treatBlankAsUndeclaredWriteIn);
  return { contest: readContest(root), candidates, sources, rules, usesUndeclaredWriteIns: usesWriteIns };
}
