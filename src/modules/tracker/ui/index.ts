import type { PageDef } from '../../../core/web/router';

export { trackerLocales } from './locales';

export const trackerPages: PageDef[] = [];
