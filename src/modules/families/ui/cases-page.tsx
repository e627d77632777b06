import './families.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { formatDateTime, useT } from '../../../core/web/i18n';
import { canAccess, useSession } from '../../../core/web/session';
import type { CaseList, CaseSummary } from '../contract';
import { casePath } from './case-helpers';
import { OverviewSection } from './overview-section';

/** /cases — a caseworker's own cases; for organisers, how many there are and who works them. */
export function CasesPage() {
  const t = useT('families');
  const session = useSession();
  const me = session.status === 'signed_in' ? session.me : null;
  return (
    <>
      <PageTitle title={t('list.title')} />
      <p>{t('list.intro')}</p>
      {canAccess(me, ['caseworker']) && <MyCases />}
      {canAccess(me, ['organiser']) && <OverviewSection />}
    </>
  );
}

function MyCases() {
  const t = useT('families');
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<CaseList>('/api/cases').then((r) => setCases(r.cases), setError);
  }, []);
  return (
    <section aria-labelledby="my-cases-title">
      <h2 id="my-cases-title">{t('list.mine')}</h2>
      <p>
        <a class="button button-primary" href="/cases/new">
          {t('list.newCase')}
        </a>
      </p>
      <FormError error={error} />
      {!cases && !error && <Loading />}
      {cases?.length === 0 && <p>{t('list.none')}</p>}
      <ul class="plain-list card-grid">
        {cases?.map((c) => (
          <li key={c.id}>
            <CaseCard summary={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function CaseCard({ summary }: { summary: CaseSummary }) {
  const t = useT('families');
  const titleId = `case-${summary.id}`;
  return (
    <article class="card case-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <a href={casePath(summary.id)}>{summary.label ?? t('list.unreadable')}</a>
      </h3>
      <div class="tag-row">
        <span class={summary.state === 'open' ? 'badge badge-ok' : 'badge badge-muted'}>{t(`states.${summary.state}`)}</span>
      </div>
      {summary.state === 'open' && <p>{t('list.openNeeds', { count: summary.openNeeds })}</p>}
      <p class="hint">{t('list.updated', { when: formatDateTime(summary.updatedAt) })}</p>
    </article>
  );
}
