// Somali (af-Soomaali): machine-assisted draft — needs review by a native speaker before real use.
import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const so: Translation<typeof en> = {
  nav: { audit: 'Diiwaanka hubinta', auditHint: 'Cidda wax samaysay, waxa ay samaysay iyo goorta: maamulayaasha.' },
  title: 'Diiwaanka hubinta',
  intro:
    'Isbeddel kasta oo shabakadda ka dhaca, kan ugu dambeeyay marka hore. Wuxuu kaydiyaa aqoonsiga iyo doorarka xubnaha, marnaba cinwaanno ama qalab.',
  caption: 'Qoraallada diiwaanka hubinta, kuwa ugu dambeeyay marka hore',
  columns: { at: 'Waqtiga', member: 'Xubinta', roles: 'Doorarka', action: 'Ficilka', object: 'Shayga' },
  system: 'Nidaamka',
  empty: 'Weli waxba lama diiwaan gelin.',
  loadMore: 'Soo rar kuwo kale',
  loadingMore: 'Waxaa la soo rarayaa qoraallo kale…',
};
