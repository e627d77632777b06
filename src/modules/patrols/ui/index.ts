import type { PageDef } from '../../../core/web/router';

export { patrolsLocales } from './locales';

export const patrolsPages: PageDef[] = [];
