import type { PageDef } from '../../../core/web/router';
import { ImportPage } from './import-page';
import { TrackerPage } from './tracker-page';

export { trackerLocales } from './locales';

export const trackerPages: PageDef[] = [
  {
    path: '/tracker',
    access: 'public',
    component: TrackerPage,
    nav: { ns: 'tracker', labelKey: 'nav.tracker', hintKey: 'nav.trackerHint', order: 60 },
  },
  { path: '/tracker/import', access: ['organiser'], component: ImportPage },
];
