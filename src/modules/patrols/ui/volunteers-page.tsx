import './patrols.css';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { formatNumber, useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { Volunteer } from '../contract';
import { PatrolLinks } from './links';

const COLUMNS = ['shifts', 'checkedIn', 'noShows', 'lateCancellations', 'upcoming'] as const;

/** /patrols/volunteers — organisers: per volunteer, shifts held, check-ins, no-shows, late cancellations. */
export function VolunteersPage() {
  const t = useT('patrols');
  const { data, error } = useGet<{ volunteers: Volunteer[] }>('/api/patrols/volunteers');
  return (
    <>
      <PageTitle title={t('volunteers.title')} />
      <p>{t('volunteers.intro')}</p>
      <PatrolLinks organiser />
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data?.volunteers.length === 0 && <p>{t('volunteers.none')}</p>}
      {data && data.volunteers.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways on a phone must be reachable by keyboard (axe: scrollable-region-focusable).
        <section class="patrol-grid-frame" aria-labelledby="volunteers-table" tabIndex={0}>
          <table class="patrol-table">
            <caption id="volunteers-table" class="sr-only">
              {t('volunteers.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('volunteers.name')}</th>
                {COLUMNS.map((c) => (
                  <th scope="col" key={c}>
                    {t(`volunteers.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.volunteers.map((v) => (
                <tr key={v.memberId}>
                  <th scope="row">{v.name}</th>
                  {COLUMNS.map((c) => (
                    <td key={c}>{formatNumber(v[c])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
