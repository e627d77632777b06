import type { PageDef } from '../../../core/web/router';

export { businessesLocales } from './locales';

export const businessesPages: PageDef[] = [];
