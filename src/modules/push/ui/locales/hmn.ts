// Hmong (White Hmong, RPA): machine-assisted draft — needs review by a native speaker before real use.
import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const hmn: Translation<typeof en> = {
  toggle: {
    label: 'Ceeb toom kuv thaum lub app kaw lawm',
    hint: 'Rau cov lus ceeb toom hauv koj cov cheeb tsam, lub cuab yeej no yuav qhia “Whistle – Qhib lub app”. Daim ntawv ceeb toom tsis hais dab tsi ntxiv: qhib lub app los nyeem cov lus ceeb toom.',
    on: 'Cov ntawv ceeb toom qhib lawm rau lub cuab yeej no.',
    off: 'Cov ntawv ceeb toom kaw lawm rau lub cuab yeej no.',
    unsupported:
      'Lub browser no ceeb toom tsis tau koj thaum lub app kaw. Ntawm iPhone, xub muab Whistle ntxiv rau Home Screen, ces qhib nws ntawm qhov ntawd.',
    blocked: 'Cov ntawv ceeb toom raug thaiv rau lub vev xaib no. Cia lawv hauv browser qhov chaw teeb tsa, ces rov qab los ntawm no.',
    notAllowed: 'Tsis tau tso cai rau cov ntawv ceeb toom, tsis muaj dab tsi hloov.',
  },
};
