// Tables of the push module (filled in as the module is built).
// biome-ignore lint/complexity/noBannedTypes: a module without tables yet
export type PushTables = {};
