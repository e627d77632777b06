// Hmong (White Hmong, RPA): machine-assisted draft — needs review by a native speaker before real use.
import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const hmn: Translation<typeof en> = {
  nav: {
    zones: 'Kuv thaj chaw',
    zonesHint: 'Xaiv cov zej zog uas koj xav tau lus ceeb toom.',
  },
  page: {
    title: 'Kuv thaj chaw',
    intro: 'Xaiv cov zej zog uas koj xav tau lus ceeb toom: kov lawv ntawm daim ntawv qhia, los sis kos lawv hauv daim ntawv teev npe.',
    mapHelp: 'Kov ib thaj chaw ntawm daim ntawv qhia los ntxiv los sis tshem nws. Cov thaj chaw xiav tsaus yog cov koj saib.',
    mapFailed: 'Qhib tsis tau daim ntawv qhia. Koj tseem xaiv tau thaj chaw hauv daim ntawv teev npe.',
    locate: 'Siv kuv qhov chaw nyob',
    locating: 'Tab tom nrhiav koj qhov chaw nyob…',
    locateHint: 'Koj qhov chaw nyob tsuas siv ib zaug los nrhiav koj thaj chaw. Tsis khaws qhov chaw tseeb.',
    located: 'Koj nyob hauv {{name}}. Nws raug kos lawm: nias Khaws kom khaws cia.',
    outside: 'Qhov chaw ntawd tsis nyob hauv ib thaj chaw twg ntawm lub network no.',
    filterLabel: 'Nrhiav ib thaj chaw',
    listLegend: 'Thaj chaw',
    matches: 'Thaj chaw pom: {{count}}',
    none: 'Lub network no tseem tsis tau muaj thaj chaw. Tus thawj saib xyuas muab tau lawv tso rau.',
    selected: 'Thaj chaw xaiv: {{count}}',
    unsaved: 'tseem tsis tau khaws',
    save: 'Khaws kuv thaj chaw',
    saved: 'Khaws koj thaj chaw lawm.',
  },
};
