import type { PageDef } from '../../../core/web/router';

export { familiesLocales } from './locales';

export const familiesPages: PageDef[] = [];
