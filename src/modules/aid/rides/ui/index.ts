import type { PageDef } from '../../../../core/web/router';

export { ridesLocales } from './locales';

export const ridesPages: PageDef[] = [];
