import type { PageDef } from '../../../core/web/router';

export { pledgesLocales } from './locales';

export const pledgesPages: PageDef[] = [];
