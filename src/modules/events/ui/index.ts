import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { eventsLocales } from './locales';

export const eventsPages: PageDef[] = [
  {
    path: '/events',
    access: 'public',
    component: lazyPage(() => import('./events-page').then((m) => m.EventsPage)),
    nav: { ns: 'events', labelKey: 'nav.events', hintKey: 'nav.eventsHint', order: 35, group: 'mobilise' },
  },
  { path: '/events/new', access: ['organiser'], component: lazyPage(() => import('./event-form-page').then((m) => m.NewEventPage)) },
  { path: '/events/:id', access: 'public', component: lazyPage(() => import('./event-page').then((m) => m.EventPage)) },
  { path: '/events/:id/edit', access: ['organiser'], component: lazyPage(() => import('./event-form-page').then((m) => m.EditEventPage)) },
  { path: '/events/:id/check-in', access: 'public', component: lazyPage(() => import('./check-in-page').then((m) => m.CheckInPage)) },
];
