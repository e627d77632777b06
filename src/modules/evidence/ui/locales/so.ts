import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const so: Translation<typeof en> = {
  page: { title: 'Caddaymo', report: 'Ku noqo warbixinta' },
  upload: {
    title: 'Ku dar sawirro ama muuqaallo',
    intro: 'Haddii ay ammaan tahay, ku dar waxaad duubtay. Weligaa ha isu dhigin khatar si aad sawir u qaaddo.',
    privacy:
      'Goobta iyo xogta kale ee qarsoon (wakhtiga, nooca taleefanka) waa laga saaraa nuqullada kooxda la tuso. Faylka asalka ah isaga oo aan la beddelin ayaa loo hayaa isticmaal sharci oo keliya.',
    videoNote: 'Muuqaallada waxaa loo hayaa asalka oo keliya lamana tuso kooxda, sababtoo ah xogtooda qarsoon lama saari karo.',
    camera: 'Qaad sawir ama muuqaal',
    choose: 'Ka dooro qalabkan',
    sending: 'Waa la dirayaa {{name}}: {{percent}}%',
    added: '{{name}} waa lagu daray.',
    addedOriginalOnly: '{{name}} waa lagu daray. Waxaa loo hayaa asalka oo keliya.',
    failed: '{{name}} lagama darin: {{reason}}',
  },
  list: {
    title: 'Sawirro iyo muuqaallo',
    none: 'Weli ma jiraan sawirro ama muuqaallo.',
    viewRecorded: 'Daawasho kasta iyo soo-dejin kasta waxaa lagu diiwaangeliyaa silsiladda haynta.',
    itemTitle: '{{kind}} {{number}}',
    photo: 'Sawir',
    video: 'Muuqaal',
    details: '{{type}}, {{size}}, la daray {{when}}',
    sizeKb: '{{value}} KB',
    sizeMb: '{{value}} MB',
    fromReporter: 'ka yimid qofka soo sheegay',
    fromMember: 'ka yimid xubin kooxda ka mid ah',
    shared: 'Goobta waa laga saaray',
    originalOnly: 'Asalka oo keliya',
    held: 'La hayo',
    notShareable: 'Kooxda lama tuso: xogta qarsoon sida goobta lagama saari karo muuqaallada.',
    view: 'Daawo (goob la’aan)',
    original: 'Soo deji asalka (leh goobta)',
    hold: 'Hay',
    release: 'Sii daa',
    hashes: 'Faraha (SHA-256)',
    hashOriginal: 'Asalka',
    hashShared: 'Nuqulka la wadaago',
  },
  export: {
    title: 'Qareen ahaan',
    intro:
      'Fayl ZIP ah oo ay ku jiraan asal kasta, nuqullada la wadaago, farahooda iyo silsiladda haynta. Dhoofin kasta waa la diiwaangeliyaa. Waxa la hayo waa la kaydiyaa kadib marka dhacdada la xiro.',
    button: 'Dhoofi caddaymaha (ZIP)',
  },
  timeline: {
    actions: {
      evidence_uploaded: 'Sawir ama muuqaal ayaa lagu daray',
      evidence_original_viewed: 'Sawirka ama muuqaalka asalka ah ayaa la furay',
      evidence_exported: 'Caddaymaha waa loo soo saaray qareen',
      evidence_held: 'Caddaymaha waxaa hayay shaqaale kiis',
      evidence_released: 'Caddaymaha waa la sii daayay',
    },
  },
};
