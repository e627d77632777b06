/**
 * JSON laid out as RCTab writes its reports (Jackson's default pretty printer with keys sorted):
 * `"key" : value`, two-space indents, arrays inline as `[ {` … `}, {` … `} ]`, empty ones as `{ }` and
 * `[ ]`. So a report can be compared with RCTab's byte for byte.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function write(value: Json, depth: number): string {
  if (Array.isArray(value)) return value.length === 0 ? '[ ]' : `[ ${value.map((v) => write(v, depth)).join(', ')} ]`;
  if (value !== null && typeof value === 'object') {
    // Sorted by UTF-16 code units, as Java's String.compareTo sorts them.
    const keys = Object.keys(value).sort();
    if (keys.length === 0) return '{ }';
    const inner = '  '.repeat(depth + 1);
    const fields = keys.map((k) => `${inner}${JSON.stringify(k)} : ${write(value[k] as Json, depth + 1)}`);
    return `{\n${fields.join(',\n')}\n${'  '.repeat(depth)}}`;
  }
  return JSON.stringify(value);
}

export const prettyJson = (value: Json): string => write(value, 0);
