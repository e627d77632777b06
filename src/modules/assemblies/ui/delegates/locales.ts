import { defineLocales } from '../../../../core/web/i18n';
import { en } from './locales/en';

export const delegatesLocales = defineLocales('delegates', en, {
  es: () => import('./locales/es').then((m) => m.es),
  so: () => import('./locales/so').then((m) => m.so),
  hmn: () => import('./locales/hmn').then((m) => m.hmn),
});
