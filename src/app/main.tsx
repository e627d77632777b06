import './styles.css';
import { render } from 'preact';
import { initI18n } from '../core/web/i18n';
import { preloadPages } from '../core/web/lazy-page';
import { commonLocales } from '../core/web/locales';
import { followLink, registerPages } from '../core/web/router';
import { loadSession } from '../core/web/session';
import { registerServiceWorker } from '../core/web/trusted-types';
import { ridesLocales, ridesPages } from '../modules/aid/rides/ui';
import { aidLocales, aidPages } from '../modules/aid/ui';
import { AlertReportSection, alertsLocales, alertsPages } from '../modules/alerts/ui';
import { assembliesLocales, assembliesPages } from '../modules/assemblies/ui';
import { delegatesLocales, delegatesPages } from '../modules/assemblies/ui/delegates';
import { auditLocales, auditPages } from '../modules/audit/ui';
import { businessesLocales, businessesPages } from '../modules/businesses/ui';
import { dispatchLocales, dispatchPages } from '../modules/dispatch/ui';
import { electionsLocales, electionsPages } from '../modules/elections/ui';
import { eventsLocales, eventsPages } from '../modules/events/ui';
import { EvidenceReportSection, EvidenceUpload, evidenceLocales, evidencePages } from '../modules/evidence/ui';
import { familiesLocales, familiesPages } from '../modules/families/ui';
import { fundLocales, fundPages } from '../modules/fund/ui';
import { membersLocales, membersPages } from '../modules/members/ui';
import { orgsLocales, orgsPages } from '../modules/orgs/ui';
import { peacekeepingLocales, peacekeepingPages } from '../modules/patrols/peacekeeping/ui';
import { patrolsLocales, patrolsPages } from '../modules/patrols/ui';
import { pledgesLocales, pledgesPages } from '../modules/pledges/ui';
import { pushLocales } from '../modules/push/ui';
import { createReportsPages, reportsLocales } from '../modules/reports/ui';
import { surveysLocales, surveysPages } from '../modules/surveys/ui';
import { trackerLocales, trackerPages } from '../modules/tracker/ui';
import { trainingsLocales, trainingsPages } from '../modules/trainings/ui';
import { webhooksLocales, webhooksPages } from '../modules/webhooks/ui';
import { zonesLocales, zonesPages } from '../modules/zones/ui';
import { App } from './app';

/** Each feature brings its pages and its strings; this is the only place that knows them all. */
const reportsPages = createReportsPages({ attachment: EvidenceUpload, sections: [AlertReportSection, EvidenceReportSection] });
const pages = [
  ...membersPages,
  ...zonesPages,
  ...orgsPages,
  ...auditPages,
  ...reportsPages,
  ...alertsPages,
  ...dispatchPages,
  ...evidencePages,
  ...pledgesPages,
  ...surveysPages,
  ...businessesPages,
  ...eventsPages,
  ...trackerPages,
  ...webhooksPages,
  ...aidPages,
  ...ridesPages,
  ...familiesPages,
  ...fundPages,
  ...trainingsPages,
  ...patrolsPages,
  ...peacekeepingPages,
  ...assembliesPages,
  ...electionsPages,
  ...delegatesPages,
];
// The first language's strings are fetched while the session is looked up; the page shows once both can.
const languageReady = initI18n([
  commonLocales,
  membersLocales,
  zonesLocales,
  orgsLocales,
  auditLocales,
  reportsLocales,
  alertsLocales,
  dispatchLocales,
  evidenceLocales,
  pushLocales,
  pledgesLocales,
  surveysLocales,
  businessesLocales,
  eventsLocales,
  trackerLocales,
  webhooksLocales,
  aidLocales,
  ridesLocales,
  familiesLocales,
  fundLocales,
  trainingsLocales,
  patrolsLocales,
  peacekeepingLocales,
  assembliesLocales,
  electionsLocales,
  delegatesLocales,
]);
registerPages(pages);

document.addEventListener('click', followLink);
void loadSession();
void languageReady.then(() => {
  const root = document.getElementById('app');
  if (root) render(<App pages={pages} />, root);
  preloadPages(pages);
});

// Not in the dev server: a worker caching its modules would hide edits.
if (import.meta.env.PROD) registerServiceWorker().catch(() => {});
