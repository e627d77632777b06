import { ACTION_KINDS, type ActionKind } from '../kinds';

/** The tracker's filters as the page holds them: empty text means "any". */
export interface Filters {
  from: string;
  to: string;
  city: string;
  state: string;
  kind: ActionKind | '';
  demand: string;
  verifiedOnly: boolean;
}

export const NO_FILTERS: Filters = { from: '', to: '', city: '', state: '', kind: '', demand: '', verifiedOnly: false };

const TEXT_KEYS = ['from', 'to', 'city', 'state', 'demand'] as const;

/** Filters from a URL's query, so a filtered view can be shared as a link. */
export function filtersFromSearch(search: string): Filters {
  const params = new URLSearchParams(search);
  const kind = params.get('kind') ?? '';
  return {
    ...NO_FILTERS,
    ...Object.fromEntries(TEXT_KEYS.map((key) => [key, params.get(key)?.trim() ?? ''])),
    kind: (ACTION_KINDS as readonly string[]).includes(kind) ? (kind as ActionKind) : '',
    verifiedOnly: params.get('verified') === 'true',
  };
}

/** The API's query for these filters (without `?`); only what is set. */
export function filterQuery(f: Filters): string {
  const params = new URLSearchParams();
  for (const key of TEXT_KEYS) if (f[key].trim()) params.set(key, f[key].trim());
  if (f.kind) params.set('kind', f.kind);
  if (f.verifiedOnly) params.set('verified', 'true');
  return params.toString();
}

export const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
