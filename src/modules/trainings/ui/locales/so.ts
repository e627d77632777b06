import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const so: Translation<typeof en> = {
  nav: {},
};
