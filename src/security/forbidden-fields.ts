/**
 * R-DATA-1: Whistle never stores immigration status, A-numbers, SSNs or officers' personal identities,
 * and R-LOG-1: never IP addresses or user agents. Column and API field names are checked against this.
 */
export const FORBIDDEN_FIELD_PATTERNS: { rule: string; pattern: RegExp }[] = [
  { rule: 'immigration status', pattern: /immigration|visa_?status|legal_?status|citizenship|documented|undocumented|deportab/i },
  { rule: 'A-number', pattern: /(^|_)a_?(number|num|no)$|alien_?(number|registration|id)|uscis|^anumber$/i },
  { rule: 'SSN', pattern: /(^|_)ssn($|_)|social_?security|^itin$|tax_?id/i },
  { rule: 'officer identity', pattern: /officer_?(name|id|identity)|agent_?(name|identity)|badge_?(number|no|id)|officer$/i },
  { rule: 'network identity', pattern: /(^|_)ip($|_)|ip_?addr|remote_?addr|user_?agent|(^|_)ua$|x_?forwarded/i },
  { rule: 'identity documents', pattern: /passport|driver_?licen[cs]e|date_?of_?birth|^dob$/i },
];

/** Names are compared in snake_case so `userAgent` and `user_agent` both match. */
const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export function forbiddenFieldRule(name: string): string | undefined {
  const normalised = snake(name);
  return FORBIDDEN_FIELD_PATTERNS.find(({ pattern }) => pattern.test(normalised))?.rule;
}

/** Every property name in a JSON schema tree (the OpenAPI components and bodies). */
export function propertyNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) propertyNames(item, out);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) out.add(name);
      propertyNames(value, out);
    }
  }
  return out;
}
