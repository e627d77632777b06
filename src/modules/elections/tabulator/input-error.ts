/**
 * Bad input to the tabulator (config, cast vote records, a file that cannot be read). The message
 * names the field, file and line at fault, so the CLI can print it as it is, without a stack trace.
 */
export class TabulatorInputError extends Error {
  override name = 'TabulatorInputError';
}

export const fail = (where: string, problem: string): never => {
  throw new TabulatorInputError(`${where}: ${problem}`);
};

/** A value as it reads in a message: strings quoted, the rest as JSON. */
export const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value)));
