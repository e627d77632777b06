import './aid.css';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { FiledRequest } from '../contract';
import { AidLinks } from './aid-links';
import { TaskCard } from './task-card';

/** /aid/filed — what the caller filed: where each stands; its page has the receipt link, confirming and cancelling. */
export function FiledPage() {
  const t = useT('aid');
  const { data, error } = useGet<{ requests: FiledRequest[] }>('/api/aid/filed');
  return (
    <>
      <PageTitle title={t('filedList.title')} />
      <p>{t('filedList.intro')}</p>
      <AidLinks />
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data && data.requests.length === 0 && <p>{t('filedList.none')}</p>}
      <ul class="plain-list aid-list">
        {data?.requests.map((r) => (
          <li key={r.id}>
            <TaskCard task={r}>
              {r.householdName && <p>{t('filedList.for', { name: r.householdName })}</p>}
              {r.confirmedBy && <p class="hint">{t(`filedList.confirmedBy.${r.confirmedBy}`)}</p>}
            </TaskCard>
          </li>
        ))}
      </ul>
    </>
  );
}
