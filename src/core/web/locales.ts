import { defineLocales } from './i18n';
import { en } from './locales/en';
import { es } from './locales/es';
import { hmn } from './locales/hmn';
import { so } from './locales/so';

export const commonLocales = defineLocales('common', { en, es, so, hmn });
