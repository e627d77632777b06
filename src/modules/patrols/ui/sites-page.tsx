import './patrols.css';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { navigate } from '../../../core/web/router';
import { useGet } from '../../../core/web/use-get';
import type { Site } from '../contract';
import { PatrolLinks } from './links';
import { SiteForm } from './site-form';

/** /patrols/sites — organisers: the places patrols go to, and a form to add one. */
export function SitesPage() {
  const t = useT('patrols');
  const { data, error } = useGet<{ sites: Site[] }>('/api/patrols/sites');
  return (
    <>
      <PageTitle title={t('sites.title')} />
      <p>{t('sites.intro')}</p>
      <PatrolLinks organiser />
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data?.sites.length === 0 && <p>{t('sites.none')}</p>}
      <ul class="plain-list">
        {data?.sites.map((s) => (
          <li key={s.id} class="patrol-site-row">
            <a href={`/patrols/sites/${encodeURIComponent(s.id)}`}>{s.name}</a> — {t(`kinds.${s.kind}`)}, {s.zone.name}
            {s.archived && <span class="badge badge-muted">{t('sites.archived')}</span>}
          </li>
        ))}
      </ul>
      <section class="card" aria-labelledby="new-site">
        <h2 id="new-site">{t('sites.add')}</h2>
        <SiteForm
          submitLabel={t('sites.save')}
          onSave={async (input) => {
            const site = await api.post<Site>('/api/patrols/sites', input);
            navigate(`/patrols/sites/${encodeURIComponent(site.id)}`);
          }}
        />
      </section>
    </>
  );
}
