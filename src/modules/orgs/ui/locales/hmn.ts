// Hmong (White Hmong, RPA): machine-assisted draft — needs review by a native speaker before real use.
import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const hmn: Translation<typeof en> = {
  nav: { orgs: 'Cov koom haum', orgsHint: 'Cov pab pawg uas ua ke lub network no, thiab ntxiv koj pab pawg.' },
  title: 'Cov koom haum',
  intro:
    'Cov koom haum neeg ua haujlwm, cov zej zog kev ntseeg, cov pab pawg zej zog thiab lwm yam uas ua ke lub network no. Cov koom haum uas tau txheeb xyuas lawm yuav tshwm rau pej xeem pom.',
  kinds: {
    union_local: 'Ceg koom haum neeg ua haujlwm',
    faith: 'Zej zog kev ntseeg',
    community: 'Pab pawg zej zog',
    student: 'Pab pawg tub ntxhais kawm ntawv',
    legal: 'Kev pab txog kev cai lij choj',
    other: 'Lwm yam',
  },
  list: {
    title: 'Hauv lub network no',
    count: 'Cov koom haum: {{count}}',
    waitingCount: 'Tos txheeb xyuas: {{count}}',
    none: 'Tseem tsis tau muaj koom haum.',
    kind: 'Hom',
    waiting: 'Tos txheeb xyuas',
    verifyHint:
      'Thaum txheeb xyuas lawm, lub koom haum yuav tshwm rau pej xeem pom. Ua ntej, saib kom paub tias nws muaj tiag thiab muaj ib tug neeg hauv nws paub txog.',
    verify: 'Txheeb xyuas',
    verifyFor: 'Txheeb xyuas {{name}}',
    verified: '{{name}} tau txheeb xyuas lawm thiab tam sim no pej xeem pom tau.',
  },
  form: {
    title: 'Ntxiv ib lub koom haum',
    intro:
      'Nws yuav tshwm rau pej xeem pom tom qab ib tug neeg npaj txheeb xyuas nws lawm xwb. Txog thaum ntawd, tsuas yog cov tswv cuab uas tau txais kev lees paub thiaj pom nws.',
    nameLabel: 'Npe',
    nameHint: 'Raws li lub koom haum hu nws tus kheej: 2 txog 120 tus ntawv.',
    kindLabel: 'Hom',
    kindChoose: 'Xaiv ib hom',
    descriptionLabel: 'Piav qhia (yog koj xav sau)',
    descriptionHint:
      'Nws ua dab tsi, ib los ob kab lus (txog li 1,000 tus ntawv). Pej xeem yuav pom: tsis txhob sau npe neeg, chaw nyob los sis qhov chaw sib ntsib.',
    submit: 'Ntxiv lub koom haum',
    added: 'Ntxiv {{name}} lawm. Nws tos ib tug neeg npaj txheeb xyuas.',
  },
  notTrusted: 'Thaum cov tswv cuab lees paub koj lawm, koj ntxiv tau ib lub koom haum ntawm no.',
};
