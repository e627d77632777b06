import type { PageDef } from '../../../../core/web/router';

export { peacekeepingLocales } from './locales';

export const peacekeepingPages: PageDef[] = [];
