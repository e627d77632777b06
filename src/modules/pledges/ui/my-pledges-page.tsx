import './campaigns.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, Status, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { useSession } from '../../../core/web/session';
import type { PledgeStatus } from '../contract';
import { campaignPath, localized } from './localized';
import { storedPledges } from './pledge-tokens';

type Action = 'reconfirm' | 'withdraw';
/** The contract's LIMITS.lookupTokens (a value import would put zod in the bundle): the newest are asked for. */
const LOOKUP_MAX = 50;

/** One pledge with what its signer may still do: reconfirm once its threshold is met, or withdraw while the campaign is open. */
function PledgeCard({
  pledge,
  token,
  onChanged,
}: {
  pledge: PledgeStatus;
  token?: string;
  onChanged: (p: PledgeStatus, did: Action) => void;
}) {
  const t = useT('pledges');
  const lang = useLanguage();
  const title = localized(pledge.campaign, lang).title;
  const act = useAction(async (action: Action) => {
    const ref = token ? { token } : { pledgeId: pledge.id };
    onChanged(await api.post<PledgeStatus>(`/api/pledges/${action}`, ref), action);
  });
  const open = pledge.campaign.state === 'open';
  const titleId = `pledge-${pledge.id}`;
  return (
    <article class={`card pledge-card${pledge.state === 'triggered' ? ' card-warning' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId}>
        <a href={campaignPath(pledge.campaign.id)}>{title}</a>
      </h2>
      <div class="tag-row">
        <span class="tag">{t(`mine.kind.${pledge.kind}`)}</span>
        <span class={`badge ${pledge.state === 'triggered' ? 'badge-warning' : pledge.state === 'withdrawn' ? 'badge-muted' : 'badge-ok'}`}>
          {t(`mine.state.${pledge.state}`)}
        </span>
      </div>
      {pledge.threshold && <p>{t('threshold', { count: pledge.threshold.count, scope: t(`scopes.${pledge.threshold.scope}`) })}</p>}
      <p class="hint">{t('mine.pledgedAt', { when: formatDateTime(pledge.createdAt, lang) })}</p>
      {pledge.state === 'triggered' && <p>{t('mine.triggeredNote')}</p>}
      {open && pledge.state !== 'withdrawn' && (
        <div class="button-row">
          {pledge.state === 'triggered' && (
            <button
              type="button"
              class="button button-primary"
              disabled={act.busy}
              aria-label={t('mine.reconfirmFor', { title })}
              onClick={() => act.run('reconfirm')}
            >
              {t('mine.reconfirm')}
            </button>
          )}
          <button
            type="button"
            class="button button-danger"
            disabled={act.busy}
            aria-label={t('mine.withdrawFor', { title })}
            onClick={() => act.run('withdraw')}
          >
            {t('mine.withdraw')}
          </button>
        </div>
      )}
      <FormError error={act.error} />
    </article>
  );
}

/** /my-pledges — the pledges this device made (by their tokens) and, signed in, the member's own. */
export function MyPledgesPage() {
  const t = useT('pledges');
  const session = useSession();
  const [pledges, setPledges] = useState<PledgeStatus[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Action | null>(null);
  const tokens = new Map(storedPledges().map((p) => [p.pledgeId, p.token]));

  useEffect(() => {
    if (session.status === 'loading') return;
    const kept = [...tokens.values()].slice(-LOOKUP_MAX);
    const onDevice = kept.length
      ? api.post<{ pledges: PledgeStatus[] }>('/api/pledges/lookup', { tokens: kept }).then((r) => r.pledges)
      : Promise.resolve([]);
    const asMember =
      session.status === 'signed_in'
        ? api.get<{ pledges: PledgeStatus[] }>('/api/pledges/mine').then((r) => r.pledges)
        : Promise.resolve([]);
    Promise.all([onDevice, asMember]).then(([a, b]) => {
      const byId = new Map([...a, ...b].map((p) => [p.id, p]));
      setPledges([...byId.values()].sort((x, y) => y.createdAt - x.createdAt));
    }, setError);
  }, [session.status]);

  const changed = (p: PledgeStatus, did: Action) => {
    setPledges((list) => list?.map((q) => (q.id === p.id ? p : q)) ?? null);
    setDone(did);
  };
  return (
    <>
      <PageTitle title={t('mine.title')} />
      <p>{t('mine.intro')}</p>
      <FormError error={error} />
      {!pledges && !error && <Loading />}
      {pledges?.length === 0 && (
        <p>
          {t('mine.none')} <a href="/campaigns">{t('mine.campaigns')}</a>
        </p>
      )}
      <Status message={done === 'reconfirm' ? t('mine.reconfirmed') : done === 'withdraw' ? t('mine.withdrawn') : null} />
      {pledges && pledges.length > 0 && (
        <ul class="plain-list card-grid">
          {pledges.map((p) => (
            <li key={p.id}>
              <PledgeCard pledge={p} token={tokens.get(p.id)} onChanged={changed} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
