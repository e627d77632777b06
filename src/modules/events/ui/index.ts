import type { PageDef } from '../../../core/web/router';

export { eventsLocales } from './locales';

export const eventsPages: PageDef[] = [];
