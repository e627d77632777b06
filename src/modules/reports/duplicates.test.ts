import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankDuplicates, type Sighting, significantWords, similarity } from './duplicates';

const MINUTE = 60_000;
const WINDOW = 30 * MINUTE;
const T0 = Date.UTC(2026, 0, 23, 16, 0);

const sighting = (over: Partial<Sighting> = {}): Sighting => ({
  zoneId: 'powderhorn',
  cell: '88275934d5fffff',
  activity: 'stopping_people',
  people: 4,
  vehicles: 2,
  markings: 'Vests marked POLICE ICE',
  equipment: 'Two unmarked grey SUVs',
  activityNote: '',
  seenAt: T0,
  ...over,
});

test('the same sighting reported twice scores 1 with every reason', () => {
  const { score, reasons } = similarity(sighting(), sighting(), { windowMs: WINDOW });
  assert.equal(score, 1);
  assert.deepEqual(reasons, ['same_cell', 'close_in_time', 'same_activity', 'similar_size', 'similar_words']);
});

test('each differing field lowers the score by its weight', () => {
  const base = similarity(sighting(), sighting(), { windowMs: WINDOW }).score;
  const otherActivity = similarity(sighting(), sighting({ activity: 'patrolling' }), { windowMs: WINDOW });
  assert.equal(otherActivity.score, 0.7);
  assert.ok(!otherActivity.reasons.includes('same_activity'));
  const otherWords = similarity(sighting(), sighting({ markings: 'Sheriff jackets', equipment: 'white van' }), { windowMs: WINDOW });
  assert.equal(otherWords.score, 0.7);
  assert.ok(!otherWords.reasons.includes('similar_words'));
  const otherSize = similarity(sighting({ people: 1, vehicles: 1 }), sighting({ people: 4, vehicles: 4 }), { windowMs: WINDOW });
  assert.ok(otherSize.score < base && !otherSize.reasons.includes('similar_size'));
});

test('place ranks same cell above same zone above a neighbouring zone', () => {
  const cell = similarity(sighting(), sighting(), { windowMs: WINDOW }).score;
  const zone = similarity(sighting(), sighting({ cell: '88275934d1fffff' }), { windowMs: WINDOW });
  const neighbour = similarity(sighting(), sighting({ zoneId: 'central', cell: null }), { windowMs: WINDOW });
  assert.ok(cell > zone.score && zone.score > neighbour.score);
  assert.ok(zone.reasons.includes('same_zone'));
  assert.ok(neighbour.reasons.includes('neighbour_zone'));
});

test('time counts down to nothing at the edge of the window', () => {
  const near = similarity(sighting(), sighting({ seenAt: T0 + 5 * MINUTE }), { windowMs: WINDOW });
  const edge = similarity(sighting(), sighting({ seenAt: T0 - WINDOW }), { windowMs: WINDOW });
  assert.ok(near.reasons.includes('close_in_time'));
  assert.ok(!edge.reasons.includes('close_in_time'));
  assert.equal(edge.score, 0.9);
});

test('sizes: equal counts are alike, 3 against 4 is close, none against many is not', () => {
  const close = similarity(sighting({ people: 3, vehicles: 2 }), sighting({ people: 4, vehicles: 2 }), { windowMs: WINDOW });
  assert.ok(close.reasons.includes('similar_size'));
  const zero = similarity(sighting({ people: 0, vehicles: 0 }), sighting({ people: 0, vehicles: 0 }), { windowMs: WINDOW });
  assert.ok(zero.reasons.includes('similar_size'));
  const far = similarity(sighting({ people: 0, vehicles: 0 }), sighting({ people: 10, vehicles: 3 }), { windowMs: WINDOW });
  assert.ok(!far.reasons.includes('similar_size'));
});

test('words are compared folded, without plurals, short or common words', () => {
  assert.deepEqual([...significantWords('Two unmarked grey SUVs and the VESTS')].sort(), ['grey', 'suv', 'two', 'unmarked', 'vest']);
  assert.deepEqual([...significantWords('Camión blanco con policías')].sort(), ['blanco', 'camion', 'policia']);
  const spelled = similarity(sighting({ equipment: 'grey SUV, unmarked' }), sighting({ equipment: 'Unmarked grey suvs' }), {
    windowMs: WINDOW,
  });
  assert.ok(spelled.reasons.includes('similar_words'));
  const empty = similarity(sighting({ markings: '', equipment: '' }), sighting({ markings: '', equipment: '' }), { windowMs: WINDOW });
  assert.ok(!empty.reasons.includes('similar_words'), 'two empty descriptions are not evidence of anything');
});

test('ranking keeps same and neighbouring zones within the window, best first, at most the limit', () => {
  const report = { id: 'r', ...sighting() };
  const candidates = [
    { id: 'self', ...sighting() },
    { id: 'alike', ...sighting() },
    { id: 'neighbour-different', ...sighting({ zoneId: 'central', cell: null, activity: 'patrolling', markings: 'x', equipment: 'y' }) },
    { id: 'neighbour-alike', ...sighting({ zoneId: 'central', cell: null }) },
    { id: 'far-zone', ...sighting({ zoneId: 'camden' }) },
    { id: 'too-early', ...sighting({ seenAt: T0 - WINDOW - 1 }) },
    { id: 'too-late', ...sighting({ seenAt: T0 + WINDOW + 1 }) },
  ].map((c) => (c.id === 'self' ? { ...c, id: 'r' } : c));
  const ranked = rankDuplicates(report, candidates, { neighbours: new Set(['central']), windowMs: WINDOW, limit: 5 });
  assert.deepEqual(
    ranked.map((r) => r.candidate.id),
    ['alike', 'neighbour-alike', 'neighbour-different'],
  );
  assert.equal(rankDuplicates(report, candidates, { neighbours: new Set(['central']), windowMs: WINDOW, limit: 1 }).length, 1);
});

test('equal scores after rounding: the one seen closer in time comes first', () => {
  const report = { id: 'r', ...sighting() };
  const minuteLater = { id: 'minute-later', ...sighting({ seenAt: T0 + MINUTE }) };
  const secondsLater = { id: 'seconds-later', ...sighting({ seenAt: T0 + 20_000 }) };
  const ranked = rankDuplicates(report, [minuteLater, secondsLater], { neighbours: new Set(), windowMs: WINDOW, limit: 3 });
  assert.equal(ranked[0].score, ranked[1].score);
  assert.deepEqual(
    ranked.map((r) => r.candidate.id),
    ['seconds-later', 'minute-later'],
  );
});
