import type { PageDef } from '../../../core/web/router';

export { trainingsLocales } from './locales';

export const trainingsPages: PageDef[] = [];
