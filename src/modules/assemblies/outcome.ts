import type { Majority, ProposalOutcome, QuorumKind } from './schema';

/** How an assembly decides, as pure arithmetic: the quorum a vote needs, and what its counts mean. */

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
  block: number;
}

export const emptyTally = (): Tally => ({ yes: 0, no: 0, abstain: 0, block: 0 });

/**
 * People present a vote needs: a number, or a share (percent) of the members who vote, rounded up.
 * Never below one, so an assembly without voters decides nothing.
 */
export function quorumRequired(rule: { quorumKind: QuorumKind; quorumValue: number }, voters: number): number {
  if (rule.quorumKind === 'count') return rule.quorumValue;
  return Math.max(1, Math.ceil((rule.quorumValue * voters) / 100));
}

/**
 * The outcome of a closed vote. Without quorum there is none. Abstentions count neither way; a
 * two-thirds majority is of the yes and no votes; under consensus a single block stops it.
 */
export function outcomeOf(majority: Majority, tally: Tally, present: number, required: number): ProposalOutcome {
  if (present < required) return 'no_quorum';
  if (majority === 'consensus') {
    if (tally.block > 0) return 'blocked';
    return tally.yes >= 1 ? 'passed' : 'failed';
  }
  if (majority === 'two_thirds') return tally.yes > 0 && 3 * tally.yes >= 2 * (tally.yes + tally.no) ? 'passed' : 'failed';
  return tally.yes > tally.no ? 'passed' : 'failed';
}

/** A vote of `choice` is one of the options the majority rule offers: blocking is consensus's alone. */
export const choiceAllowed = (majority: Majority, choice: keyof Tally) => choice !== 'block' || majority === 'consensus';

export function tallyOf(choices: readonly (keyof Tally)[]): Tally {
  const tally = emptyTally();
  for (const choice of choices) tally[choice] += 1;
  return tally;
}
