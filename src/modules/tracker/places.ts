/**
 * Keys that make one place compare equal however it was typed: "Minneapolis, MN" and
 * " minneapolis , Minnesota" are one city. They serve the place filter and the distinct-city count;
 * what was typed is kept as it was for display and export.
 */
const STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
};

const squeeze = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
const CODE_BY_NAME = new Map(Object.entries(STATES).map(([code, name]) => [squeeze(name), code]));

/** The postal code of a US state or territory given by code or name; other text as typed, in lower case. */
export function stateKey(state: string | null): string | null {
  if (state === null || !state.trim()) return null;
  const typed = squeeze(state);
  if (typed.toUpperCase() in STATES) return typed.toUpperCase();
  return CODE_BY_NAME.get(typed) ?? typed;
}

export function cityKey(city: string | null): string | null {
  if (city === null || !city.trim()) return null;
  return squeeze(city)
    .replace(/^saint /, 'st. ')
    .replace(/^st /, 'st. ');
}

/** States for the place filter, by name. */
export const US_STATES = Object.entries(STATES)
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));
