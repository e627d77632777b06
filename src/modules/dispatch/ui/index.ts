import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { dispatchLocales } from './locales';

export const dispatchPages: PageDef[] = [
  {
    path: '/dispatch',
    access: ['responder'],
    component: lazyPage(() => import('./responder-page').then((m) => m.ResponderPage)),
    nav: { ns: 'dispatch', labelKey: 'nav.responder', hintKey: 'nav.responderHint', order: 15, group: 'respond' },
  },
  {
    path: '/dispatch/board',
    access: ['dispatcher', 'verifier'],
    component: lazyPage(() => import('./board-page').then((m) => m.BoardPage)),
    nav: { ns: 'dispatch', labelKey: 'nav.board', hintKey: 'nav.boardHint', order: 16, group: 'respond' },
  },
];
