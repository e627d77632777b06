import { nextChoice } from './ballots';
import { add, type Decimal, signum, times } from './decimal';
import { addTransfer, type CountState, type Round } from './state';

/**
 * Counts one round: every ballot group whose candidate stopped continuing after the last round (all
 * of them in round 1) moves to its next choice or becomes inactive, and the transfer is booked
 * against the previous round, whose action caused it. Ballots with a continuing candidate stay
 * where they are, so the running tallies stay exact sums of the ballots held, as RCTab's recount
 * of every ballot each round would find them. A transfer worth nothing (a winner with no surplus)
 * moves the ballot but is not reported, as in RCTab.
 */
export function countRound(s: CountState, previous: Round | undefined, seatsFilled: boolean): void {
  const moving: number[] = [];
  if (!previous) {
    for (let g = 0; g < s.groups.length; g++) moving.push(g);
  } else {
    for (let c = 0; c < s.holders.length; c++) {
      const held = s.holders[c] as number[];
      if (held.length === 0 || s.continuing[c] === 1) continue;
      for (const g of held) moving.push(g);
      s.holders[c] = [];
    }
  }
  for (const g of moving) {
    const group = s.groups[g];
    if (!group) continue;
    const from = s.recipient[g] as number;
    const value = s.value[g] as Decimal;
    const amount = times(value, group.count);
    const choice = nextChoice(group, s.continuing, s.rules, seatsFilled);
    if (previous && from >= 0 && signum(value) > 0) addTransfer(previous, from, typeof choice === 'number' ? choice : 'exhausted', amount);
    if (typeof choice === 'number') {
      s.recipient[g] = choice;
      (s.holders[choice] as number[]).push(g);
      s.tally[choice] = add(s.tally[choice] as Decimal, amount);
    } else {
      s.recipient[g] = -1;
      s.inactive[choice] = add(s.inactive[choice], amount);
    }
  }
}
