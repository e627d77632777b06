// Hmong (White Hmong, RPA): machine-assisted draft — needs review by a native speaker before real use.
import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const hmn: Translation<typeof en> = {
  nav: { audit: 'Ntaub ntawv kuaj xyuas', auditHint: 'Leej twg ua dab tsi, thiab thaum twg: rau cov thawj saib xyuas.' },
  title: 'Ntaub ntawv kuaj xyuas',
  intro:
    'Txhua qhov kev hloov hauv lub network, qhov tshiab tshaj ua ntej. Nws sau tseg tus lej thiab luag haujlwm ntawm tswv cuab, tsis sau chaw nyob los sis cuab yeej.',
  caption: 'Cov ntaub ntawv kuaj xyuas, qhov tshiab tshaj ua ntej',
  columns: { at: 'Sij hawm', member: 'Tswv cuab', roles: 'Luag haujlwm', action: 'Kev ua', object: 'Yam khoom' },
  system: 'Lub system',
  empty: 'Tseem tsis tau muaj dab tsi sau tseg.',
  loadMore: 'Thauj ntxiv',
  loadingMore: 'Tab tom thauj ntxiv…',
};
