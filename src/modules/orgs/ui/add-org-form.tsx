import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, SelectField, Status, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Org } from '../contract';
import { ORG_KINDS } from './kinds';

/** The contract's limits (NewOrg); the server checks them too. */
const NAME_MAX = 120;
const DESCRIPTION_MAX = 1000;

/** For trusted members: a new organisation, which waits for an organiser to verify it. */
export function AddOrgForm({ onAdded }: { onAdded: (org: Org) => void }) {
  const t = useT('orgs');
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [description, setDescription] = useState('');
  /** The name just added; the message is translated when shown, so it follows a change of language. */
  const [added, setAdded] = useState<string | null>(null);
  const add = useAction(async () => {
    setAdded(null);
    const org = await api.post<Org>('/api/orgs', { name, kind, description });
    onAdded(org);
    setName('');
    setKind('');
    setDescription('');
    setAdded(org.name);
  });

  return (
    <section class="card org-form" aria-labelledby="add-org-title">
      <h2 id="add-org-title">{t('form.title')}</h2>
      <p>{t('form.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add.run();
        }}
      >
        <TextField
          id="org-name"
          name="name"
          label={t('form.nameLabel')}
          hint={t('form.nameHint')}
          value={name}
          onInput={setName}
          error={add.error}
          autoComplete="organization"
          maxLength={NAME_MAX}
          required
        />
        <SelectField
          id="org-kind"
          name="kind"
          label={t('form.kindLabel')}
          placeholder={t('form.kindChoose')}
          options={ORG_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={kind}
          onInput={setKind}
          error={add.error}
          required
        />
        <TextAreaField
          id="org-description"
          name="description"
          label={t('form.descriptionLabel')}
          hint={t('form.descriptionHint')}
          value={description}
          onInput={setDescription}
          error={add.error}
          maxLength={DESCRIPTION_MAX}
        />
        <FormError error={add.error} fields={['name', 'kind', 'description']} />
        <button type="submit" class="button button-primary" disabled={add.busy}>
          {t('form.submit')}
        </button>
        <Status message={added === null ? null : t('form.added', { name: added })} />
      </form>
    </section>
  );
}
