import assert from 'node:assert/strict';
import { test } from 'node:test';
import { choiceAllowed, outcomeOf, quorumRequired, type Tally, tallyOf } from './outcome';

const tally = (yes: number, no: number, abstain = 0, block = 0): Tally => ({ yes, no, abstain, block });

test('a share quorum is a percentage of the voting members, rounded up, and at least one', () => {
  assert.equal(quorumRequired({ quorumKind: 'share', quorumValue: 50 }, 7), 4);
  assert.equal(quorumRequired({ quorumKind: 'share', quorumValue: 50 }, 8), 4);
  assert.equal(quorumRequired({ quorumKind: 'share', quorumValue: 10 }, 10), 1);
  assert.equal(quorumRequired({ quorumKind: 'share', quorumValue: 34 }, 3), 2);
  assert.equal(quorumRequired({ quorumKind: 'share', quorumValue: 100 }, 12), 12);
  assert.equal(quorumRequired({ quorumKind: 'share', quorumValue: 50 }, 0), 1);
  assert.equal(quorumRequired({ quorumKind: 'count', quorumValue: 5 }, 100), 5);
  assert.equal(quorumRequired({ quorumKind: 'count', quorumValue: 5 }, 2), 5, 'a count larger than the assembly is never met');
});

test('without quorum there is no outcome, whatever the counts', () => {
  for (const majority of ['simple', 'two_thirds', 'consensus'] as const) {
    assert.equal(outcomeOf(majority, tally(9, 0), 3, 4), 'no_quorum');
    assert.equal(outcomeOf(majority, tally(0, 0, 0, 3), 3, 4), 'no_quorum');
  }
  assert.equal(outcomeOf('simple', tally(3, 0), 4, 4), 'passed', 'exactly the quorum is enough');
});

test('a simple majority needs more yes than no; abstentions count for neither', () => {
  assert.equal(outcomeOf('simple', tally(3, 2, 10), 15, 1), 'passed');
  assert.equal(outcomeOf('simple', tally(2, 2, 1), 5, 1), 'failed', 'a tie fails');
  assert.equal(outcomeOf('simple', tally(0, 0, 5), 5, 1), 'failed', 'all abstaining decides nothing for it');
});

test('two thirds: 3·yes ≥ 2·(yes + no), with at least one yes', () => {
  assert.equal(outcomeOf('two_thirds', tally(2, 1), 3, 1), 'passed', 'exactly two thirds');
  assert.equal(outcomeOf('two_thirds', tally(5, 3), 8, 1), 'failed', '62.5%');
  assert.equal(outcomeOf('two_thirds', tally(7, 3, 20), 30, 1), 'passed', 'abstentions do not dilute it');
  assert.equal(outcomeOf('two_thirds', tally(0, 0, 4), 4, 1), 'failed', 'no yes at all');
});

test('consensus: any block stops it; otherwise one yes carries it, even with some no', () => {
  assert.equal(outcomeOf('consensus', tally(10, 0, 0, 1), 11, 1), 'blocked');
  assert.equal(outcomeOf('consensus', tally(1, 2, 3), 6, 1), 'passed');
  assert.equal(outcomeOf('consensus', tally(0, 1, 3), 4, 1), 'failed');
});

test('blocking is an option under consensus only; a tally counts each choice', () => {
  assert.equal(choiceAllowed('consensus', 'block'), true);
  assert.equal(choiceAllowed('simple', 'block'), false);
  assert.equal(choiceAllowed('two_thirds', 'abstain'), true);
  assert.deepEqual(tallyOf(['yes', 'no', 'yes', 'abstain', 'block']), tally(2, 1, 1, 1));
});
