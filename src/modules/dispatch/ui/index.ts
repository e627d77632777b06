import type { PageDef } from '../../../core/web/router';
import { BoardPage } from './board-page';
import { ResponderPage } from './responder-page';

export { dispatchLocales } from './locales';

export const dispatchPages: PageDef[] = [
  {
    path: '/dispatch',
    access: ['responder'],
    component: ResponderPage,
    nav: { ns: 'dispatch', labelKey: 'nav.responder', hintKey: 'nav.responderHint', order: 15 },
  },
  {
    path: '/dispatch/board',
    access: ['dispatcher', 'verifier'],
    component: BoardPage,
    nav: { ns: 'dispatch', labelKey: 'nav.board', hintKey: 'nav.boardHint', order: 16 },
  },
];
