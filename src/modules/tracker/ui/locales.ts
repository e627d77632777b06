import { defineLocales } from '../../../core/web/i18n';
import { en } from './locales/en';
import { es } from './locales/es';
import { hmn } from './locales/hmn';
import { so } from './locales/so';

export const trackerLocales = defineLocales('tracker', { en, es, so, hmn });
