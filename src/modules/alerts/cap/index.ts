/** CAP 1.2 messages and the Atom feed of active alerts: pure functions for the alerts module. */
export { ATOM_MEDIA_TYPE, toAtomFeed, uuidFromUrl } from './atom';
export { CAP_MEDIA_TYPE, capLanguage, capPolygon, capSender, toCapXml } from './cap';
export { formatCapTime } from './time';
export type * from './types';
