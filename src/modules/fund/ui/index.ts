import type { PageDef } from '../../../core/web/router';

export { fundLocales } from './locales';

export const fundPages: PageDef[] = [];
