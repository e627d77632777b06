import { defineLocales } from '../../../core/web/i18n';
import { en } from './locales/en';
import { es } from './locales/es';
import { hmn } from './locales/hmn';
import { so } from './locales/so';

export const surveysLocales = defineLocales('surveys', { en, es, so, hmn });
