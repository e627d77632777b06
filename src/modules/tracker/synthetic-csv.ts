// Realistic made-up files in the ILR tracker layout, for tests and benchmarks: many cities with
// their coordinates, several locations per action now and then, thousands separators, unknown
// participants written as 0, multi-line notes with quotes and commas, and bad rows on request.
import { toCsv } from '../../core/csv/csv';
import { ILR_COLUMNS } from './ilr-import';

const CITIES: [string, string, number, number][] = [
  ['Minneapolis', 'Minnesota', 44.9778, -93.265],
  ['St. Paul', 'Minnesota', 44.9537, -93.09],
  ['Duluth', 'Minnesota', 46.7867, -92.1005],
  ['Chicago', 'Illinois', 41.8781, -87.6298],
  ['New York', 'New York', 40.7128, -74.006],
  ['Los Angeles', 'California', 34.0522, -118.2437],
  ['Oakland', 'California', 37.8044, -122.2712],
  ['Seattle', 'Washington', 47.6062, -122.3321],
  ['Portland', 'Oregon', 45.5152, -122.6784],
  ['Denver', 'Colorado', 39.7392, -104.9903],
  ['Austin', 'Texas', 30.2672, -97.7431],
  ['Houston', 'Texas', 29.7604, -95.3698],
  ['Atlanta', 'Georgia', 33.749, -84.388],
  ['Boston', 'Massachusetts', 42.3601, -71.0589],
  ['Philadelphia', 'Pennsylvania', 39.9526, -75.1652],
  ['Pittsburgh', 'Pennsylvania', 40.4406, -79.9959],
  ['Detroit', 'Michigan', 42.3314, -83.0458],
  ['Milwaukee', 'Wisconsin', 43.0389, -87.9065],
  ['Madison', 'Wisconsin', 43.0731, -89.4012],
  ['Phoenix', 'Arizona', 33.4484, -112.074],
  ['Las Vegas', 'Nevada', 36.1699, -115.1398],
  ['Miami', 'Florida', 25.7617, -80.1918],
  ['Nashville', 'Tennessee', 36.1627, -86.7816],
  ['New Orleans', 'Louisiana', 29.9511, -90.0715],
  ['Albuquerque', 'New Mexico', 35.0844, -106.6504],
  ['Anchorage', 'Alaska', 61.2181, -149.9003],
  ['Honolulu', 'Hawaii', 21.3069, -157.8583],
];
const EMPLOYERS = ['Northstar Health', 'Great Lakes Hotels', 'Metro Schools', 'Prairie Foods', 'Riverside University', 'Harbor Logistics'];
const UNIONS = ['SEIU', 'UNITE HERE', 'AFT', 'NNU', 'Teamsters', 'CWA', 'UAW'];
const INDUSTRIES = [
  'Health Care and Social Assistance',
  'Accommodation and Food Services',
  'Educational Services',
  'Retail Trade',
  'Transportation and Warehousing',
];
const KINDS = ['Strike', 'Strike', 'Strike', 'Protest', 'Protest', 'Walkout', 'Sick-out', 'Vigil'];
const DEMANDS = ['Pay', 'Staffing', 'Health and safety', 'Union recognition', 'ICE out', 'Immigrant rights', 'Benefits'];

/** The same sequence for the same seed, so runs compare. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface SyntheticOptions {
  rows: number;
  seed?: number;
  /** IDs are `${idPrefix}${n}`; the same prefix and seed give the same file. */
  idPrefix?: string;
  /** Every `badEvery`-th row gets an impossible start date (and so must not import). */
  badEvery?: number;
}

export function syntheticIlrCsv(opts: SyntheticOptions): { csv: string; ids: string[]; badIds: string[] } {
  const random = seeded(opts.seed ?? 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const ids: string[] = [];
  const badIds: string[] = [];
  const rows = Array.from({ length: opts.rows }, (_, i) => {
    const id = `${opts.idPrefix ?? 'S'}${i + 1}`;
    const bad = opts.badEvery !== undefined && (i + 1) % opts.badEvery === 0;
    (bad ? badIds : ids).push(id);
    const places = Array.from({ length: random() < 0.1 ? 2 + Math.floor(random() * 3) : 1 }, () => pick(CITIES));
    const jitter = () => (random() - 0.5) * 0.1;
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const participants = random() < 0.15 ? 0 : Math.floor(10 + random() * 3000);
    const employer = `${pick(EMPLOYERS)} ${Math.floor(random() * 500)}`;
    return [
      id,
      random() < 0.2 ? `${employer}, Inc.` : employer,
      random() < 0.3 ? `${pick(UNIONS)}; ${pick(UNIONS)}` : pick(UNIONS),
      String(Math.floor(random() * 2000)),
      pick(INDUSTRIES),
      random() < 0.5 ? '' : Math.floor(50 + random() * 5000).toLocaleString('en-US'),
      String(places.length),
      places.map((_, n) => `${100 + n} Main St`).join('; '),
      places.map((p) => p[0]).join('; '),
      places.map((p) => p[1]).join('; '),
      places.map(() => String(10000 + Math.floor(random() * 89999))).join('; '),
      places.map((p) => `${(p[2] + jitter()).toFixed(4)}, ${(p[3] + jitter()).toFixed(4)}`).join('; '),
      participants > 999 ? participants.toLocaleString('en-US') : String(participants),
      bad ? '2/30/2025' : `${month}/${day}/2025`,
      random() < 0.5 ? `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : '',
      String(1 + Math.floor(random() * 5)),
      pick(['Days', 'Hours']),
      pick(KINDS),
      pick(['Y', 'N', '']),
      [pick(DEMANDS), pick(DEMANDS)].filter((d, n, all) => all.indexOf(d) === n).join('; '),
      `https://example.org/news/${id}`,
      random() < 0.3 ? `Picket line at the "${employer}" entrance,\nsecond shift joined at noon.` : '',
    ];
  });
  return { csv: toCsv([Object.values(ILR_COLUMNS), ...rows]), ids, badIds };
}
