import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Org } from '../contract';
import { EMPTY_ORG, NewOrgFields } from './new-org-fields';

/** For trusted members: a new organisation, which waits for an organiser to verify it. */
export function AddOrgForm({ onAdded }: { onAdded: (org: Org) => void }) {
  const t = useT('orgs');
  const [draft, setDraft] = useState(EMPTY_ORG);
  /** The name just added; the message is translated when shown, so it follows a change of language. */
  const [added, setAdded] = useState<string | null>(null);
  const add = useAction(async () => {
    setAdded(null);
    const org = await api.post<Org>('/api/orgs', draft);
    onAdded(org);
    setDraft(EMPTY_ORG);
    setAdded(org.name);
  });

  return (
    <section class="card org-form" aria-labelledby="add-org-title">
      <h2 id="add-org-title">{t('form.title')}</h2>
      <p>{t('form.intro')}</p>
      <ActionForm noValidate action={add}>
        <NewOrgFields idPrefix="org" value={draft} onChange={setDraft} error={add.error} />
        <FormError error={add.error} fields={['name', 'kind', 'description']} />
        <button type="submit" class="button button-primary" disabled={add.busy}>
          {t('form.submit')}
        </button>
        <Status message={added === null ? null : t('form.added', { name: added })} />
      </ActionForm>
    </section>
  );
}
