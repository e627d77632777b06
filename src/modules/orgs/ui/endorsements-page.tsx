import './orgs.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, Status, useAction } from '../../../core/web/forms';
import { formatDateTime, useT } from '../../../core/web/i18n';
import type { EndorsementOutcome, PendingEndorsement } from '../contract';
import { OrgTags } from './org-tags';

type Decided = { state: 'verified' | 'rejected'; name: string; campaign: string };

function PendingCard({ item, onDecided }: { item: PendingEndorsement; onDecided: (d: Decided) => void }) {
  const t = useT('orgs');
  const titleId = `pending-${item.id}`;
  const names = { name: item.org.name, campaign: item.campaignTitle };
  const decide = useAction(async (state: Decided['state']) => {
    await api.post<EndorsementOutcome>(
      `/api/orgs/endorsements/${encodeURIComponent(item.id)}/${state === 'verified' ? 'verify' : 'reject'}`,
    );
    onDecided({ state, ...names });
  });
  return (
    <article class="card pending-endorsement" aria-labelledby={titleId}>
      <h2 id={titleId}>{item.org.name}</h2>
      <OrgTags org={{ kind: item.org.kind, demo: false, verified: item.org.verified }} isNew={item.org.id === null} />
      {item.org.description && <p class="org-description">{item.org.description}</p>}
      <dl class="details">
        <dt>{t('pending.campaign')}</dt>
        <dd>{item.campaignTitle}</dd>
        <dt>{t('pending.contact')}</dt>
        <dd>{item.contact || t('pending.noContact')}</dd>
        <dt>{t('pending.sent')}</dt>
        <dd>
          {formatDateTime(item.createdAt)}
          {item.byMember && <> · {t('pending.byMember')}</>}
        </dd>
      </dl>
      <div class="button-row">
        <button
          type="button"
          class="button button-primary"
          disabled={decide.busy}
          aria-label={t('pending.verifyFor', names)}
          onClick={() => decide.run('verified')}
        >
          {t('pending.verify')}
        </button>
        <button
          type="button"
          class="button"
          disabled={decide.busy}
          aria-label={t('pending.rejectFor', names)}
          onClick={() => decide.run('rejected')}
        >
          {t('pending.reject')}
        </button>
      </div>
      <FormError error={decide.error} />
    </article>
  );
}

/** /orgs/endorsements — organisers check the organisations that signed on to campaigns. */
export function EndorsementsPage() {
  const t = useT('orgs');
  const [items, setItems] = useState<PendingEndorsement[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** The last decision, translated when shown. */
  const [decided, setDecided] = useState<(Decided & { id: string }) | null>(null);
  useEffect(() => {
    api.get<{ endorsements: PendingEndorsement[] }>('/api/orgs/endorsements/pending').then((r) => setItems(r.endorsements), setError);
  }, []);
  const onDecided = (id: string) => (d: Decided) => {
    setItems((list) => list?.filter((i) => i.id !== id) ?? null);
    setDecided({ ...d, id });
    document.getElementById('page-title')?.focus();
  };

  return (
    <>
      <PageTitle title={t('pending.title')} />
      <p>{t('pending.intro')}</p>
      <Status message={decided && t(decided.state === 'verified' ? 'pending.verified' : 'pending.rejected', decided)} />
      <FormError error={error} />
      {!items && !error && <Loading />}
      {items?.length === 0 && <p>{t('pending.none')}</p>}
      {items && items.length > 0 && (
        <ul class="plain-list card-grid">
          {items.map((item) => (
            <li key={item.id}>
              <PendingCard item={item} onDecided={onDecided(item.id)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
