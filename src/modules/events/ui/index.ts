import type { PageDef } from '../../../core/web/router';
import { CheckInPage } from './check-in-page';
import { EditEventPage, NewEventPage } from './event-form-page';
import { EventPage } from './event-page';
import { EventsPage } from './events-page';

export { eventsLocales } from './locales';

export const eventsPages: PageDef[] = [
  {
    path: '/events',
    access: 'public',
    component: EventsPage,
    nav: { ns: 'events', labelKey: 'nav.events', hintKey: 'nav.eventsHint', order: 35 },
  },
  { path: '/events/new', access: ['organiser'], component: NewEventPage },
  { path: '/events/:id', access: 'public', component: EventPage },
  { path: '/events/:id/edit', access: ['organiser'], component: EditEventPage },
  { path: '/events/:id/check-in', access: 'public', component: CheckInPage },
];
