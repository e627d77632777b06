/** Tables of the aid feature (filled in as the feature is built). */
// biome-ignore lint/complexity/noBannedTypes: placeholder until the first table lands
export type AidTables = {};
