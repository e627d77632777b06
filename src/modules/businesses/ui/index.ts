import type { PageDef } from '../../../core/web/router';
import { BusinessesPage } from './businesses-page';
import { JoinPage } from './join-page';
import { ReviewPage } from './review-page';

export { businessesLocales } from './locales';

export const businessesPages: PageDef[] = [
  {
    path: '/businesses',
    access: 'public',
    component: BusinessesPage,
    nav: { ns: 'businesses', labelKey: 'nav.businesses', hintKey: 'nav.businessesHint', order: 44 },
  },
  { path: '/businesses/join', access: 'public', component: JoinPage },
  { path: '/businesses/review', access: ['organiser'], component: ReviewPage },
];
