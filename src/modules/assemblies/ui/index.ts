import { lazyPage } from '../../../core/web/lazy-page';
import type { PageDef } from '../../../core/web/router';

export { assembliesLocales } from './locales';

const assemblyForm = (name: 'NewAssemblyPage' | 'EditAssemblyPage') => lazyPage(() => import('./assembly-form-page').then((m) => m[name]));

/** Paths with a literal second segment come before `/assemblies/:id`. Who may act is the server's to say (facilitators). */
export const assembliesPages: PageDef[] = [
  {
    path: '/assemblies',
    access: 'signed_in',
    component: lazyPage(() => import('./assemblies-page').then((m) => m.AssembliesPage)),
    nav: { ns: 'assemblies', labelKey: 'nav.assemblies', hintKey: 'nav.assembliesHint', order: 38, group: 'mobilise' },
  },
  { path: '/assemblies/new', access: ['organiser'], component: assemblyForm('NewAssemblyPage') },
  {
    path: '/assemblies/proposals/new',
    access: 'signed_in',
    component: lazyPage(() => import('./proposal-form-page').then((m) => m.NewProposalPage)),
  },
  {
    path: '/assemblies/proposals/:id',
    access: 'signed_in',
    component: lazyPage(() => import('./proposal-page').then((m) => m.ProposalPage)),
  },
  { path: '/assemblies/meetings/:id', access: 'signed_in', component: lazyPage(() => import('./meeting-page').then((m) => m.MeetingPage)) },
  { path: '/assemblies/:id', access: 'signed_in', component: lazyPage(() => import('./assembly-page').then((m) => m.AssemblyPage)) },
  { path: '/assemblies/:id/edit', access: 'signed_in', component: assemblyForm('EditAssemblyPage') },
  {
    path: '/assemblies/:id/meetings/new',
    access: 'signed_in',
    component: lazyPage(() => import('./meeting-form-page').then((m) => m.NewMeetingPage)),
  },
];
