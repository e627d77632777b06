// Somali (af-Soomaali): machine-assisted draft — needs review by a native speaker before real use.
import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const so: Translation<typeof en> = {
  nav: {
    zones: 'Aagagayga',
    zonesHint: 'Dooro xaafadaha aad digniinaha ka helayso.',
  },
  page: {
    title: 'Aagagayga',
    intro: 'Dooro xaafadaha aad rabto inaad digniinaha ka hesho: ku taabo khariidadda, ama ku calaamadee liiska.',
    mapHelp: 'Taabo aag khariidadda si aad ugu darto ama uga saarto. Aagagga buluugga madow ah waa kuwa aad la socoto.',
    mapFailed: 'Khariidadda lama muujin karo. Weli aagag ayaad ka dooran kartaa liiska.',
    locate: 'Isticmaal goobtayda',
    locating: 'Waxaa la raadinayaa goobtaada…',
    locateHint: 'Goobtaada hal mar ayaa loo isticmaalaa si loo helo aaggaaga. Barta saxda ah lama kaydiyo.',
    located: 'Waxaad joogtaa {{name}}. Hadda waa la calaamadeeyay: riix Kaydi si aad u hayso.',
    outside: 'Goobtaasi kuma jirto aag ka mid ah shabakaddan.',
    filterLabel: 'Raadi aag',
    listLegend: 'Aagagga',
    matches: 'Aagagga la helay: {{count}}',
    none: 'Shabakaddan weli aagag ma leh. Maamule ayaa soo gelin kara.',
    selected: 'Aagagga la doortay: {{count}}',
    unsaved: 'weli lama kaydin',
    save: 'Kaydi aagagayga',
    saved: 'Aagagaaga waa la kaydiyay.',
  },
};
