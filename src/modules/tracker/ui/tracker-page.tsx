import './tracker.css';
import { useState } from 'preact/hooks';
import { FormError, Loading, PageTitle, Status } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { navigate } from '../../../core/web/router';
import { canAccess, useSession } from '../../../core/web/session';
import { ActionsTable } from './actions-table';
import { type Filters, filterQuery, filtersFromSearch, withQuery } from './filters';
import { FiltersForm } from './filters-form';
import { MapPanel } from './map-panel';
import { TotalsPanel } from './totals-panel';
import { useTrackerView } from './use-tracker-view';

/**
 * The public tracker: figures, filters, map and a page of the table. The server sends one page and
 * the totals, and the map asks for points grouped to its zoom, so the page stays quick with any
 * number of actions.
 */
export function TrackerPage() {
  const t = useT('tracker');
  const session = useSession();
  const me = session.status === 'signed_in' ? session.me : null;
  const canManage = canAccess(me, ['organiser']);
  const [filters, setFilters] = useState<Filters>(() => filtersFromSearch(location.search));
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const query = filterQuery(filters);
  const { page, totals, error } = useTrackerView(query, offset, version);

  const apply = (next: Filters) => {
    setFilters(next);
    setOffset(0);
    setMessage(null);
    navigate(withQuery('/tracker', filterQuery(next)), { replace: true });
  };
  const changed = (note?: string) => {
    setMessage(note ?? null);
    setVersion((v) => v + 1);
  };

  return (
    <>
      <PageTitle title={t('title')} />
      <p>{t('intro')}</p>
      {canManage && (
        <p>
          <a href="/tracker/import">{t('importLink')}</a>
        </p>
      )}
      <TotalsPanel totals={totals} />
      <FiltersForm value={filters} onApply={apply} />
      <MapPanel query={query} start={page !== null} />
      <section aria-labelledby="tracker-table-title">
        <h2 id="tracker-table-title">{t('table.title')}</h2>
        <FormError error={error} />
        {!page && !error && <Loading />}
        {page && <ActionsTable page={page} canManage={canManage} onOffset={setOffset} onChanged={changed} />}
        <Status message={message} />
      </section>
      <section aria-labelledby="tracker-export-title">
        <h2 id="tracker-export-title">{t('export.title')}</h2>
        <p class="hint">{t('export.hint')}</p>
        <div class="button-row">
          <a class="button" href={withQuery('/api/tracker/export.csv', query)} download>
            {t('export.csv')}
          </a>
          <a class="button" href={withQuery('/api/tracker/export.json', query)} download>
            {t('export.json')}
          </a>
        </div>
      </section>
    </>
  );
}
