import type { Person } from '../contract';

/** Where a case lives, in the API and in the app. */
export const caseApi = (id: string) => `/api/cases/${encodeURIComponent(id)}`;
export const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

/** Organisers tell cases apart without reading them: by the end of the id, which shows nothing. */
export const shortId = (id: string) => `#${id.slice(-6)}`;

export const namesOf = (people: Person[]) => people.map((p) => p.displayName).join(', ');
