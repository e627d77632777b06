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
  profile: {
    endorses: 'Cov kev tawm tsam uas nws txhawb',
    endorsesNone: 'Tseem tsis tau muaj.',
    members: 'Cov tswv cuab hauv lub network no uas txuas rau nws: {{count}}',
    membersHidden:
      'Tus naj npawb tswv cuab uas txuas rau nws tsuas qhia thaum muaj tsawg kawg 5 leeg, kom cov pab pawg me nyob ceev ntiag tug. Yeej tsis muab leej twg lub npe qhia.',
    notFoundTitle: 'Nrhiav tsis tau lub koom haum',
    notFound: 'Lub koom haum no tsis nyob hauv daim ntawv teev, los sis tseem tos txheeb xyuas.',
    all: 'Txhua lub koom haum',
  },
  mine: {
    title: 'Kuv cov koom haum',
    intro:
      'Txuas koj tus kheej rau cov koom haum uas koj koom, xws li koj lub koom haum ua haujlwm. Tsis muaj lwm tus pom tau tias koj txuas: cov neeg npaj thiab lub koom haum los tsis pom. Nws nplooj ntawv tsuas qhia ib tus naj npawb, thaum muaj tsawg kawg 5 tus tswv cuab txuas lawm.',
    none: 'Koj tseem tsis tau txuas rau ib lub koom haum.',
    chooseLabel: 'Lub koom haum uas yuav txuas',
    choose: 'Xaiv ib lub koom haum',
    link: 'Txuas kuv',
    unlink: 'Tshem',
    unlinkFor: 'Tshem kuv ntawm {{name}}',
    linked: 'Koj txuas rau {{name}} lawm.',
    unlinked: 'Koj tsis txuas rau {{name}} lawm.',
  },
  endorse: {
    title: 'Txhawb qhov kev tawm tsam no ua ib lub koom haum',
    campaign: 'Kev tawm tsam: {{title}}',
    campaignLink: 'Rov qab mus rau qhov kev tawm tsam',
    intro:
      'Cov koom haum ua haujlwm, cov zej zog kev ntseeg, cov pab pawg zej zog thiab tub ntxhais kawm kos npe tau. Ib tug neeg npaj kuaj xyuas txhua lub koom haum ua ntej muab tso rau hauv daim ntawv teev rau pej xeem.',
    notFound: 'Qhov kev tawm tsam no tsis muaj, los sis tseem tsis tau qhib rau pej xeem.',
    endorsers: 'Twb txhawb lawm',
    endorsersNone: 'Tseem tsis tau muaj koom haum nyob hauv daim ntawv teev.',
    formTitle: 'Kos npe rau koj lub koom haum',
    which: 'Koj lub koom haum puas nyob hauv daim ntawv teev?',
    listed: 'Muaj, kuv yuav xaiv nws',
    notListed: 'Tsis muaj, nws tseem tsis nyob hauv daim ntawv teev',
    orgLabel: 'Koj lub koom haum',
    orgChoose: 'Xaiv koj lub koom haum',
    contactLabel: 'Cov neeg npaj yuav tiv tauj koj li cas (xaiv tau)',
    contactHint:
      'Tus xov tooj, email los sis lub npe Signal, kom ib tug neeg npaj nrog koj txheeb tau. Tsuas cov neeg npaj pom xwb, thiab yuav muab rho tawm tom qab qhov kev tawm tsam.',
    privacy:
      'Pej xeem pom tom qab txheeb xyuas: lub koom haum lub npe thiab hom. Yeej tsis qhia rau pej xeem: leej twg xa qhov no, los sis yuav tiv tauj koj li cas.',
    submit: 'Kos npe',
    thanksTitle: 'Ua tsaug',
    thanks: '{{name}} yuav nyob hauv daim ntawv teev thaum ib tug neeg npaj kuaj xyuas lawm.',
    another: 'Kos npe rau lwm lub koom haum',
    memberTitle: 'Kos npe rau ib lub koom haum uas koj txuas',
    memberIntro: 'Ib tug neeg npaj tseem kuaj xyuas. Tsis qhia rau leej twg tias tus tswv cuab twg xa.',
    memberSubmit: 'Kos npe',
    memberSent: '{{name}} kos npe lawm thiab tos ib tug neeg npaj.',
  },
  pending: {
    link: 'Kev txhawb uas tos ib tug neeg npaj',
    title: 'Kev txhawb uas yuav kuaj xyuas',
    intro:
      'Cov koom haum uas kos npe rau ib qho kev tawm tsam. Ua ntej koj txheeb xyuas, saib kom txhua lub yog tiag thiab xav txhawb: txheeb xyuas yuav muab nws tso rau daim ntawv teev pej xeem, thiab txheeb xyuas lub koom haum tshiab nrog.',
    none: 'Tsis muaj dab tsi tos.',
    campaign: 'Kev tawm tsam',
    newOrg: 'Lub koom haum tshiab',
    contact: 'Kev tiv tauj (ntiag tug)',
    noContact: 'Tsis tau muab',
    byMember: 'Ib tug tswv cuab uas txuas rau nws xa',
    sent: 'Xa thaum',
    verify: 'Txheeb xyuas',
    verifyFor: 'Txheeb xyuas {{name}} rau {{campaign}}',
    reject: 'Tsis lees',
    rejectFor: 'Tsis lees {{name}} rau {{campaign}}',
    verified: '{{name}} txhawb {{campaign}} rau pej xeem pom lawm.',
    rejected: '{{name}} qhov kos npe raug tsis lees thiab muab rho tawm lawm.',
  },
};
