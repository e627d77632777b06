import type { PageDef } from '../../../core/web/router';

export { webhooksLocales } from './locales';

export const webhooksPages: PageDef[] = [];
