import { useRef } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import type { Org } from '../contract';
import { OrgTags } from './org-tags';

/** One organisation; `canVerify` for organisers and admins, on those still waiting. */
export function OrgCard({ org, canVerify, onVerified }: { org: Org; canVerify: boolean; onVerified: (org: Org) => void }) {
  const t = useT('orgs');
  const titleId = `org-${org.id}`;
  const heading = useRef<HTMLHeadingElement>(null);
  const verify = useAction(async () => {
    onVerified(await api.post<Org>(`/api/orgs/${encodeURIComponent(org.id)}/verify`));
    // The button goes away: keep the keyboard's place on this card.
    heading.current?.focus();
  });

  return (
    <article class="card org" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        <a href={`/orgs/${encodeURIComponent(org.id)}`}>{org.name}</a>
      </h3>
      <OrgTags org={org} />
      {org.description && <p class="org-description">{org.description}</p>}
      {canVerify && !org.verified && (
        <div class="button-row">
          <button
            type="button"
            class="button button-primary"
            disabled={verify.busy}
            aria-label={t('list.verifyFor', { name: org.name })}
            onClick={() => verify.run()}
          >
            {t('list.verify')}
          </button>
        </div>
      )}
      <FormError error={verify.error} />
    </article>
  );
}
