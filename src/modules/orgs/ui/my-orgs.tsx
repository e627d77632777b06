import { useEffect, useState } from 'preact/hooks';
import { api, request } from '../../../core/web/api';
import { ActionForm, FormError, Loading, SelectField, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Org } from '../contract';

type Change = { kind: 'linked' | 'unlinked'; name: string };

/**
 * "My organisations": a trusted member links and unlinks themself. What they see here, nobody else
 * sees; the organisation's page shows only a count from 5 up.
 */
export function MyOrgs({ orgs }: { orgs: Org[] }) {
  const t = useT('orgs');
  const [mine, setMine] = useState<Org[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [chosen, setChosen] = useState('');
  /** What just changed; translated when shown, so it follows a change of language. */
  const [change, setChange] = useState<Change | null>(null);
  useEffect(() => {
    api.get<{ orgs: Org[] }>('/api/me/orgs').then((r) => setMine(r.orgs), setLoadError);
  }, []);

  const path = (id: string) => `/api/me/orgs/${encodeURIComponent(id)}`;
  const link = useAction(async () => {
    setChange(null);
    const { orgs: next } = await request<{ orgs: Org[] }>('PUT', path(chosen));
    setMine(next);
    setChange({ kind: 'linked', name: next.find((o) => o.id === chosen)?.name ?? '' });
    setChosen('');
  });
  const unlink = useAction(async (org: Org) => {
    setChange(null);
    setMine((await request<{ orgs: Org[] }>('DELETE', path(org.id))).orgs);
    setChange({ kind: 'unlinked', name: org.name });
  });
  const linkable = orgs.filter((o) => !mine?.some((m) => m.id === o.id));

  return (
    <section class="card my-orgs" aria-labelledby="my-orgs-title">
      <h2 id="my-orgs-title">{t('mine.title')}</h2>
      <p>{t('mine.intro')}</p>
      <FormError error={loadError} />
      {!mine && !loadError && <Loading />}
      {mine && mine.length === 0 && <p>{t('mine.none')}</p>}
      {mine && mine.length > 0 && (
        <ul class="plain-list my-orgs-list">
          {mine.map((o) => (
            <li key={o.id}>
              <a href={`/orgs/${encodeURIComponent(o.id)}`}>{o.name}</a>
              <button
                type="button"
                class="button"
                disabled={unlink.busy}
                aria-label={t('mine.unlinkFor', { name: o.name })}
                onClick={() => unlink.run(o)}
              >
                {t('mine.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError error={unlink.error} />
      {mine && linkable.length > 0 && (
        <ActionForm noValidate action={link}>
          <SelectField
            id="my-orgs-choose"
            name="orgId"
            label={t('mine.chooseLabel')}
            placeholder={t('mine.choose')}
            options={linkable.map((o) => ({ value: o.id, label: o.name }))}
            value={chosen}
            onInput={setChosen}
            error={link.error}
          />
          <FormError error={link.error} fields={['orgId']} />
          <button type="submit" class="button button-primary" disabled={link.busy || !chosen}>
            {t('mine.link')}
          </button>
        </ActionForm>
      )}
      <Status message={change && t(change.kind === 'linked' ? 'mine.linked' : 'mine.unlinked', { name: change.name })} />
    </section>
  );
}
