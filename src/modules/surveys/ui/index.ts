import type { PageDef } from '../../../core/web/router';

export { surveysLocales } from './locales';

export const surveysPages: PageDef[] = [];
