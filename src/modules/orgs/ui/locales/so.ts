// Somali (af-Soomaali): machine-assisted draft — needs review by a native speaker before real use.
import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const so: Translation<typeof en> = {
  nav: { orgs: 'Ururada', orgsHint: 'Kooxaha ka kooban shabakaddan, iyo ku darista kooxdaada.' },
  title: 'Ururada',
  intro:
    'Ururada shaqaalaha, bulshooyinka diinta, kooxaha xaafadaha iyo kuwo kale oo ka kooban shabakaddan. Ururada la xaqiijiyay waxaa lagu soo bandhigaa liiska dadweynaha.',
  kinds: {
    union_local: 'Laanta ururka shaqaalaha',
    faith: 'Bulsho diineed',
    community: 'Koox bulsho',
    student: 'Koox ardayda',
    legal: 'Taageero sharci',
    other: 'Kale',
  },
  list: {
    title: 'Shabakaddan dhexdeeda',
    count: 'Ururada: {{count}}',
    waitingCount: 'Sugaya xaqiijin: {{count}}',
    none: 'Weli urur ma jiro.',
    kind: 'Nooca',
    waiting: 'Sugaya xaqiijin',
    verifyHint: 'Xaqiijintu ururka waxay geysaa liiska dadweynaha. Marka hore hubi inuu dhab yahay iyo in qof ka tirsan uu og yahay.',
    verify: 'Xaqiiji',
    verifyFor: 'Xaqiiji {{name}}',
    verified: '{{name}} waa la xaqiijiyay, hadda wuxuu ku jiraa liiska dadweynaha.',
  },
  form: {
    title: 'Ku dar urur',
    intro:
      'Liiska dadweynaha waxaa lagu soo bandhigi doonaa oo keliya marka abaabule xaqiijiyo. Ilaa markaas, xubnaha loo dammaanad qaaday oo keliya ayaa arki kara.',
    nameLabel: 'Magaca',
    nameHint: 'Sida ururku isugu yeero: 2 ilaa 120 xaraf.',
    kindLabel: 'Nooca',
    kindChoose: 'Dooro nooc',
    descriptionLabel: 'Sharaxaad (ikhtiyaari)',
    descriptionHint:
      'Waxa uu qabto, hal ama laba jumladood (ilaa 1,000 xaraf). Dadweynaha ayaa arki doona: ha qorin magacyada dadka, cinwaanno ama goobaha kulanka.',
    submit: 'Ku dar ururka',
    added: '{{name}} waa lagu daray. Wuxuu sugayaa in abaabule xaqiijiyo.',
  },
  notTrusted: 'Marka xubnuhu kuu dammaanad qaadaan, halkan ayaad urur ku dari kartaa.',
};
