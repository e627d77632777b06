import type { PageDef } from '../../../core/web/router';

export { aidLocales } from './locales';

export const aidPages: PageDef[] = [];
