import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseContestConfig } from './config';
import { readCdfCvrs } from './cvr-cdf';
import { rctabConfig } from './test-helpers';
import { type CvrSource, OVERVOTE, UNDECLARED_WRITE_IN } from './types';

const source = parseContestConfig(
  rctabConfig(['Ann', 'Bo'], {}, [{ filePath: 'cvr.json', provider: 'cdf', contestId: 'Mayor', overvoteLabel: 'OVER' }]),
).sources[0] as CvrSource;

const position = (rank: number, extra: Record<string, unknown> = {}) => ({
  HasIndication: 'yes',
  IsAllocable: 'unknown',
  Rank: rank,
  ...extra,
});

function report(selections: unknown[], contestId = 'contest-1') {
  return {
    Election: [
      {
        Candidate: [
          { '@id': 'c-ann', Name: 'Ann' },
          { '@id': 'c-bo', Name: 'Bo' },
          { '@id': 'c-ov', Name: 'OVER' },
        ],
        Contest: [
          {
            '@id': 'contest-1',
            Name: 'Mayor',
            ContestSelection: [
              { '@id': 'cs-ann', CandidateIds: ['c-ann'] },
              { '@id': 'cs-bo', CandidateIds: ['c-bo'] },
              { '@id': 'cs-ov', CandidateIds: ['c-ov'] },
              { '@id': 'cs-wi', IsWriteIn: 'true' },
            ],
          },
        ],
      },
    ],
    CVR: [
      {
        BallotPrePrintedId: 'b-1',
        CurrentSnapshotId: 's-2',
        CVRSnapshot: [
          { '@id': 's-1', CVRContest: [] },
          { '@id': 's-2', CVRContest: [{ ContestId: contestId, CVRContestSelection: selections }] },
        ],
      },
    ],
  };
}

test('ranks come from the current snapshot, on the selection or on each position; unmarked positions are ignored', () => {
  const records = readCdfCvrs(
    report([
      { ContestSelectionId: 'cs-ann', SelectionPosition: [position(1), position(3, { HasIndication: 'no' })] },
      { ContestSelectionId: 'cs-bo', Rank: 2 },
      { ContestSelectionId: 'cs-ov', SelectionPosition: [position(3)] },
      { ContestSelectionId: 'cs-wi', SelectionPosition: [position(4, { IsAllocable: 'no' }), position(5)] },
      { ContestSelectionId: 'cs-bo', SelectionPosition: [position(6, { CVRWriteIn: { Text: 'Zed' } })] },
    ]),
    source,
    'cvr.json',
  );
  assert.deepEqual(records, [
    {
      id: 'b-1',
      origin: 'cvr.json: CVR[0]',
      rankings: [
        [1, 'Ann'],
        [2, 'Bo'],
        [3, OVERVOTE],
        [5, UNDECLARED_WRITE_IN],
        [6, UNDECLARED_WRITE_IN],
      ],
    },
  ]);
});

test('a record without the contest is not a ballot in it', () => {
  assert.deepEqual(readCdfCvrs(report([], 'contest-9'), source, 'cvr.json'), []);
});

test('errors name the file and the record', () => {
  assert.throws(() => readCdfCvrs(report([]), { ...source, contestId: 'Council' }, 'cvr.json'), {
    message: /^cvr\.json: no Contest named "Council"/,
  });
  assert.throws(() => readCdfCvrs(report([{ ContestSelectionId: 'cs-zz', Rank: 1 }]), source, 'cvr.json'), {
    message: /^cvr\.json: CVR\[0\]\.CVRContestSelection\[0\]: ContestSelectionId "cs-zz"/,
  });
  assert.throws(
    () => readCdfCvrs(report([{ ContestSelectionId: 'cs-ann', Rank: 0 }]), source, 'cvr.json'),
    /Rank must be a whole number ≥ 1, got 0/,
  );
  assert.throws(() => readCdfCvrs({ CVR: [] }, source, 'cvr.json'), { message: /^cvr\.json: Election: must be an array/ });
});
