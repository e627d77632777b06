import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, SelectField, Status, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { EndorsementOutcome, Org } from '../contract';

/** For a signed-in member linked to organisations: sign one of them on, without a contact to give. */
export function MemberEndorse({ campaignId, linked }: { campaignId: string; linked: Org[] }) {
  const t = useT('orgs');
  const [orgId, setOrgId] = useState(linked[0]?.id ?? '');
  /** The name just signed on; translated when shown, so it follows a change of language. */
  const [sent, setSent] = useState<string | null>(null);
  const send = useAction(async () => {
    setSent(null);
    await api.post<EndorsementOutcome>(`/api/orgs/${encodeURIComponent(orgId)}/endorsements`, { campaignId });
    setSent(linked.find((o) => o.id === orgId)?.name ?? '');
  });

  return (
    <section class="card" aria-labelledby="member-endorse-title">
      <h2 id="member-endorse-title">{t('endorse.memberTitle')}</h2>
      <p>{t('endorse.memberIntro')}</p>
      <ActionForm noValidate action={send}>
        <SelectField
          id="member-endorse-org"
          name="orgId"
          label={t('endorse.orgLabel')}
          options={linked.map((o) => ({ value: o.id, label: o.name }))}
          value={orgId}
          onInput={setOrgId}
          error={send.error}
        />
        <FormError error={send.error} fields={['orgId']} />
        <button type="submit" class="button" disabled={send.busy}>
          {t('endorse.memberSubmit')}
        </button>
        <Status message={sent === null ? null : t('endorse.memberSent', { name: sent })} />
      </ActionForm>
    </section>
  );
}
