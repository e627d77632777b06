import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, SelectField, TextField, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { EndorsementOutcome, Org } from '../contract';
import { EMPTY_ORG, NewOrgFields } from './new-org-fields';

/** The contract's limit (NewEndorsement); the server checks it too. */
const CONTACT_MAX = 200;

type Choice = 'listed' | 'new';

/**
 * "Sign your organisation on": one it finds in the list, or a new one. No account needed; the
 * contact goes to organisers only. `onSent` gets the organisation's name for the thank-you.
 */
export function EndorseForm({ campaignId, orgs, onSent }: { campaignId: string; orgs: Org[]; onSent: (name: string) => void }) {
  const t = useT('orgs');
  const [choice, setChoice] = useState<Choice>(orgs.length ? 'listed' : 'new');
  const [orgId, setOrgId] = useState('');
  const [draft, setDraft] = useState(EMPTY_ORG);
  const [contact, setContact] = useState('');
  const send = useAction(async () => {
    // Nothing chosen is sent as it is: the server names the field to fill in.
    const org = choice === 'listed' ? { orgId: orgId || undefined } : { ...draft, kind: draft.kind || undefined };
    await api.post<EndorsementOutcome>(`/api/campaigns/${encodeURIComponent(campaignId)}/endorsements`, { ...org, contact });
    onSent(choice === 'listed' ? (orgs.find((o) => o.id === orgId)?.name ?? '') : draft.name.trim());
  });

  return (
    <section class="card endorse-form" aria-labelledby="endorse-form-title">
      <h2 id="endorse-form-title">{t('endorse.formTitle')}</h2>
      <ActionForm noValidate action={send}>
        {orgs.length > 0 && (
          <fieldset class="field checks">
            <legend>{t('endorse.which')}</legend>
            {(['listed', 'new'] as const).map((c) => (
              <div class="check" key={c}>
                <input id={`endorse-${c}`} type="radio" name="endorse-choice" checked={choice === c} onChange={() => setChoice(c)} />
                <label for={`endorse-${c}`}>{t(c === 'listed' ? 'endorse.listed' : 'endorse.notListed')}</label>
              </div>
            ))}
          </fieldset>
        )}
        {choice === 'listed' ? (
          <SelectField
            id="endorse-org"
            name="orgId"
            label={t('endorse.orgLabel')}
            placeholder={t('endorse.orgChoose')}
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            value={orgId}
            onInput={setOrgId}
            error={send.error}
            required
          />
        ) : (
          <NewOrgFields idPrefix="endorse" value={draft} onChange={setDraft} error={send.error} />
        )}
        <TextField
          id="endorse-contact"
          name="contact"
          label={t('endorse.contactLabel')}
          hint={t('endorse.contactHint')}
          value={contact}
          onInput={setContact}
          error={send.error}
          maxLength={CONTACT_MAX}
        />
        <p class="notice">{t('endorse.privacy')}</p>
        <FormError error={send.error} fields={['orgId', 'name', 'kind', 'description', 'contact']} />
        <button type="submit" class="button button-primary button-wide" disabled={send.busy}>
          {t('endorse.submit')}
        </button>
      </ActionForm>
    </section>
  );
}
