import { arrayAt, isObject, type JsonObject, objectAt } from './fields';
import { fail, shown } from './input-error';
import { type CastVoteRecord, type CvrSource, OVERVOTE, UNDECLARED_WRITE_IN } from './types';

/**
 * Cast vote records in the NIST SP 1500-103 common data format (JSON), as RCTab reads them: the
 * Contest whose Name is the source's contestId; each CVR's current snapshot; a selection's rank on
 * the CVRContestSelection or on each SelectionPosition (positions with HasIndication or IsAllocable
 * "no" are ignored); write-in selections count for "Undeclared Write-ins".
 */

const asId = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function toRank(value: unknown, where: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1) fail(where, `Rank must be a whole number ≥ 1, got ${shown(value)}`);
  return n;
}

interface ContestIndex {
  contestId: string;
  /** ContestSelection @id → the label a ballot ranks. */
  labels: Map<string, string>;
}

function indexContest(report: JsonObject, source: CvrSource, file: string): ContestIndex {
  const candidates = new Map<string, string>();
  let contest: JsonObject | null = null;
  const elections = arrayAt(report.Election, `${file}: Election`);
  elections.forEach((e, i) => {
    const election = objectAt(e, `${file}: Election[${i}]`);
    for (const [j, c] of arrayAt(election.Candidate ?? [], `${file}: Election[${i}].Candidate`).entries()) {
      const candidate = objectAt(c, `${file}: Election[${i}].Candidate[${j}]`);
      candidates.set(asId(candidate['@id']), asId(candidate.Name).trim());
    }
    for (const [j, c] of arrayAt(election.Contest ?? [], `${file}: Election[${i}].Contest`).entries()) {
      const found = objectAt(c, `${file}: Election[${i}].Contest[${j}]`);
      if (contest === null && asId(found.Name) === source.contestId) contest = found;
    }
  });
  if (contest === null) return fail(`${file}`, `no Contest named ${shown(source.contestId)} (the source's contestId)`);
  const chosen: JsonObject = contest;
  const labels = new Map<string, string>();
  for (const [i, s] of arrayAt(chosen.ContestSelection ?? [], `${file}: ContestSelection`).entries()) {
    const where = `${file}: ContestSelection[${i}]`;
    const selection = objectAt(s, where);
    const id = asId(selection['@id']);
    if (labels.has(id)) fail(where, `@id ${shown(id)} appears more than once`);
    if (selection.IsWriteIn === true || selection.IsWriteIn === 'true') {
      labels.set(id, UNDECLARED_WRITE_IN);
      continue;
    }
    const ids = Array.isArray(selection.CandidateIds) ? selection.CandidateIds : [];
    const name = candidates.get(asId(ids[0]));
    if (name === undefined) fail(where, `CandidateIds ${shown(ids[0] ?? null)} names no Candidate of the Election`);
    labels.set(id, name === source.overvoteLabel && name !== '' ? OVERVOTE : (name as string));
  }
  return { contestId: asId(chosen['@id']), labels };
}

function currentContest(cvr: JsonObject, contestId: string, where: string): JsonObject | null {
  const snapshots = arrayAt(cvr.CVRSnapshot, `${where}.CVRSnapshot`);
  const current = snapshots.find((s) => isObject(s) && asId(s['@id']) === asId(cvr.CurrentSnapshotId));
  if (!isObject(current)) return fail(where, `no CVRSnapshot has the CurrentSnapshotId ${shown(cvr.CurrentSnapshotId ?? null)}`);
  const contests = arrayAt(current.CVRContest ?? [], `${where}.CVRContest`);
  const found = contests.find((c) => isObject(c) && asId(c.ContestId) === contestId);
  return isObject(found) ? found : null;
}

function readRankings(cvrContest: JsonObject, index: ContestIndex, where: string): Array<[number, string]> {
  const rankings: Array<[number, string]> = [];
  for (const [i, s] of arrayAt(cvrContest.CVRContestSelection ?? [], `${where}.CVRContestSelection`).entries()) {
    const at = `${where}.CVRContestSelection[${i}]`;
    const selection = objectAt(s, at);
    const selectionId = asId(selection.ContestSelectionId);
    const label = index.labels.get(selectionId);
    if (label === undefined) return fail(at, `ContestSelectionId ${shown(selectionId)} is not a selection of the contest`);
    if (selection.Rank !== undefined) {
      rankings.push([toRank(selection.Rank, at), label]);
      continue;
    }
    for (const [j, p] of arrayAt(selection.SelectionPosition ?? [], `${at}.SelectionPosition`).entries()) {
      const position = objectAt(p, `${at}.SelectionPosition[${j}]`);
      if (position.HasIndication === 'no' || position.IsAllocable === 'no') continue;
      rankings.push([
        toRank(position.Rank, `${at}.SelectionPosition[${j}]`),
        position.CVRWriteIn === undefined ? label : UNDECLARED_WRITE_IN,
      ]);
    }
  }
  return rankings;
}

/** Reads a CDF cast vote record report (already parsed JSON); `file` names it in errors. */
export function readCdfCvrs(json: unknown, source: CvrSource, file: string): CastVoteRecord[] {
  const report = objectAt(json, file);
  const index = indexContest(report, source, file);
  const records: CastVoteRecord[] = [];
  for (const [i, c] of arrayAt(report.CVR, `${file}: CVR`).entries()) {
    const where = `${file}: CVR[${i}]`;
    const cvr = objectAt(c, where);
    const cvrContest = currentContest(cvr, index.contestId, where);
    // A record without this contest was not a ballot in it (another contest on the same card).
    if (cvrContest === null) continue;
    const id = asId(cvr.BallotPrePrintedId) || asId(cvr.UniqueId) || `${file}(${i + 1})`;
    records.push({ id, rankings: readRankings(cvrContest, index, where), origin: where });
  }
  return records;
}
