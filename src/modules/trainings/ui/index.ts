import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { trainingsLocales } from './locales';
export { MarkdownView } from './markdown-view';

const ORGANISER = ['organiser'] as const;
const courseForm = (name: 'NewCoursePage' | 'EditCoursePage') => lazyPage(() => import('./course-form-page').then((m) => m[name]));
const sessionForm = (name: 'NewSessionPage' | 'EditSessionPage') => lazyPage(() => import('./session-form-page').then((m) => m[name]));
const material = (name: 'MaterialPage' | 'EditMaterialPage') => lazyPage(() => import('./material-page').then((m) => m[name]));

export const trainingsPages: PageDef[] = [
  {
    path: '/trainings',
    access: 'signed_in',
    component: lazyPage(() => import('./trainings-page').then((m) => m.TrainingsPage)),
    nav: { ns: 'trainings', labelKey: 'nav.trainings', hintKey: 'nav.trainingsHint', order: 23, group: 'field' },
  },
  { path: '/trainings/mine', access: 'signed_in', component: lazyPage(() => import('./mine-page').then((m) => m.MinePage)) },
  { path: '/trainings/scan', access: 'signed_in', component: lazyPage(() => import('./scan-page').then((m) => m.ScanPage)) },
  // Public, so a signed-out phone keeps the token in the URL and is told to sign in, rather than losing it in a redirect.
  { path: '/trainings/attend', access: 'public', component: lazyPage(() => import('./attend-page').then((m) => m.AttendPage)) },
  {
    path: '/trainings/courses',
    access: ORGANISER,
    component: lazyPage(() => import('./courses-page').then((m) => m.CoursesPage)),
    nav: { ns: 'trainings', labelKey: 'nav.courses', hintKey: 'nav.coursesHint', order: 63, group: 'field' },
  },
  { path: '/trainings/courses/new', access: ORGANISER, component: courseForm('NewCoursePage') },
  { path: '/trainings/courses/:id', access: 'signed_in', component: lazyPage(() => import('./course-page').then((m) => m.CoursePage)) },
  { path: '/trainings/courses/:id/edit', access: ORGANISER, component: courseForm('EditCoursePage') },
  { path: '/trainings/courses/:id/materials/:language', access: 'signed_in', component: material('MaterialPage') },
  { path: '/trainings/courses/:id/materials/:language/edit', access: ORGANISER, component: material('EditMaterialPage') },
  { path: '/trainings/sessions/new', access: ORGANISER, component: sessionForm('NewSessionPage') },
  { path: '/trainings/sessions/:id', access: 'signed_in', component: lazyPage(() => import('./session-page').then((m) => m.SessionPage)) },
  { path: '/trainings/sessions/:id/edit', access: ORGANISER, component: sessionForm('EditSessionPage') },
  {
    path: '/trainings/sessions/:id/attendance',
    access: 'trusted',
    component: lazyPage(() => import('./attendance-page').then((m) => m.AttendancePage)),
  },
  { path: '/trainings/qualifications', access: ORGANISER, component: lazyPage(() => import('./records-page').then((m) => m.RecordsPage)) },
];
