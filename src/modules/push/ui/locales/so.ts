// Somali (af-Soomaali): machine-assisted draft — needs review by a native speaker before real use.
import type { Translation } from '../../../../core/web/i18n';
import type { en } from './en';

export const so: Translation<typeof en> = {
  toggle: {
    label: 'I ogeysii marka app-ku xiran yahay',
    hint: 'Digniinaha aagaggaaga, qalabkan wuxuu markaas muujin doonaa “Whistle – Fur app-ka”. Ogeysiisku wax kale ma sheego: fur app-ka si aad u akhrido digniinta.',
    on: 'Ogeysiisyadu way shidan yihiin qalabkan.',
    off: 'Ogeysiisyadu way dansan yihiin qalabkan.',
    unsupported:
      'Browser-kan kuma ogeysiin karo marka app-ku xiran yahay. iPhone-ka, marka hore Whistle ku dar Home Screen-ka, kadibna halkaas ka fur.',
    blocked: 'Ogeysiisyada waa laga xannibay goobtan. Ku oggolow dejinta goobta ee browser-ka, kadib halkan ku soo noqo.',
    notAllowed: 'Ogeysiisyada lama oggolaan, waxba isma beddelin.',
  },
};
