import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading } from '../../../core/web/forms';
import { formatDateTime, useT } from '../../../core/web/i18n';
import type { CaseOverview, Person } from '../contract';
import { namesOf, shortId } from './case-helpers';
import { CaseworkerPicker } from './caseworker-picker';

type OverviewCase = CaseOverview['cases'][number];

/** For organisers: counts per state and who works each case, with a way to (re)assign — never a field of a case. */
export function OverviewSection() {
  const t = useT('families');
  const [overview, setOverview] = useState<CaseOverview | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<CaseOverview>('/api/cases/overview').then(setOverview, setError);
  }, []);
  const reassigned = (id: string, caseworkers: Person[]) =>
    overview && setOverview({ ...overview, cases: overview.cases.map((c) => (c.id === id ? { ...c, caseworkers } : c)) });
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview.title')}</h2>
      <p>{t('overview.intro')}</p>
      <FormError error={error} />
      {!overview && !error && <Loading />}
      {overview && <p>{t('overview.counts', overview.counts)}</p>}
      <ul class="plain-list">
        {overview?.cases.map((c) => (
          <li key={c.id}>
            <OverviewCard item={c} onReassigned={(people) => reassigned(c.id, people)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function OverviewCard({ item, onReassigned }: { item: OverviewCase; onReassigned: (people: Person[]) => void }) {
  const t = useT('families');
  const titleId = `overview-${item.id}`;
  return (
    <article class="card case-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {shortId(item.id)} · {t(`states.${item.state}`)}
      </h3>
      <p>{t('overview.opened', { when: formatDateTime(item.createdAt) })}</p>
      <p>{item.caseworkers.length ? t('overview.caseworkers', { names: namesOf(item.caseworkers) }) : t('overview.nobody')}</p>
      {item.state === 'open' && (
        <details>
          <summary>{t('caseworkers.manage')}</summary>
          <CaseworkerPicker caseId={item.id} current={item.caseworkers} legend={t('caseworkers.choose')} onSaved={onReassigned} />
        </details>
      )}
    </article>
  );
}
