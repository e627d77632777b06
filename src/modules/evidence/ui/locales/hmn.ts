import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const hmn: Translation<typeof en> = {
  page: { title: 'Pov thawj', report: 'Rov qab mus rau daim ntawv qhia' },
  upload: {
    title: 'Ntxiv duab los yog video',
    intro:
      'Yog tias muaj kev nyab xeeb, ntxiv qhov koj kaw tau. Tsis txhob muab koj tus kheej tso rau kev txaus ntshai kom thaij tau duab.',
    privacy:
      'Qhov chaw thiab lwm cov ntaub ntawv zais (sij hawm, hom xov tooj) raug muab tshem tawm ntawm cov ntawv luam uas pab neeg pom. Daim ntawv qub raug khaws cia tsis hloov, rau kev cai lij choj xwb.',
    videoNote: 'Cov video tsuas khaws li daim qub xwb thiab tsis qhia rau pab neeg, vim tshem tsis tau lawv cov ntaub ntawv zais.',
    camera: 'Thaij duab los yog video',
    choose: 'Xaiv ntawm lub cuab yeej no',
    sending: 'Tab tom xa {{name}}: {{percent}}%',
    added: '{{name}} tau ntxiv lawm.',
    addedOriginalOnly: '{{name}} tau ntxiv lawm. Nws tsuas khaws li daim qub xwb.',
    failed: '{{name}} tsis tau ntxiv: {{reason}}',
  },
  list: {
    title: 'Duab thiab video',
    none: 'Tseem tsis tau muaj duab los yog video.',
    viewRecorded: 'Txhua zaus saib thiab rub tawm raug sau tseg rau hauv txoj saw khaws cia.',
    itemTitle: '{{kind}} {{number}}',
    photo: 'Duab',
    video: 'Video',
    details: '{{type}}, {{size}}, ntxiv {{when}}',
    sizeKb: '{{value}} KB',
    sizeMb: '{{value}} MB',
    fromReporter: 'los ntawm tus qhia',
    fromMember: 'los ntawm ib tug neeg hauv pab',
    shared: 'Tshem qhov chaw lawm',
    originalOnly: 'Daim qub xwb',
    held: 'Tuav cia',
    notShareable: 'Tsis qhia rau pab neeg: tshem tsis tau cov ntaub ntawv zais xws li qhov chaw ntawm video.',
    view: 'Saib (tsis muaj qhov chaw)',
    original: 'Rub daim qub (muaj qhov chaw)',
    hold: 'Tuav cia',
    release: 'Tso tseg',
    hashes: 'Ntiv tes (SHA-256)',
    hashOriginal: 'Daim qub',
    hashShared: 'Daim luam qhia',
  },
  export: {
    title: 'Rau tus kws lij choj',
    intro:
      'Ib daim ZIP uas muaj txhua daim qub, cov ntawv luam qhia, lawv cov ntiv tes thiab txoj saw khaws cia. Txhua zaus xa tawm raug sau tseg. Cov uas tuav cia raug khaws tom qab kaw qhov xwm txheej.',
    button: 'Xa pov thawj tawm (ZIP)',
  },
  timeline: {
    actions: {
      evidence_uploaded: 'Ntxiv duab los yog video lawm',
      evidence_original_viewed: 'Qhib daim duab los yog video qub lawm',
      evidence_exported: 'Xa pov thawj tawm rau tus kws lij choj lawm',
      evidence_held: 'Tus neeg saib xyuas rooj plaub tuav pov thawj cia',
      evidence_released: 'Tso pov thawj tseg lawm',
    },
  },
};
