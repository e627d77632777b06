/** Tables of the `surveys` module (filled in as the module is built). */
// biome-ignore lint/suspicious/noEmptyInterface: the module's tables are added here
export interface SurveysTables {}
