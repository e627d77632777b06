import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, useAction } from '../../../core/web/forms';
import { formatDateTime, useT } from '../../../core/web/i18n';
import type { AidTaskDetail, Revealed } from '../contract';
import { requestApi } from './api-paths';
import { RevealedDetails } from './revealed-details';

/** Why a task cannot be taken, when it cannot: it is the fund's, closed, held, or the caller's own. */
function unavailable(task: AidTaskDetail): string | null {
  if (!task.claimable) return 'fund';
  if (task.state === 'done' || task.state === 'cancelled') return task.state;
  if (task.held) return 'held';
  if (task.filedByMe && !task.onBehalf) return 'own';
  return null;
}

/** The volunteer's side of a task: take it, confirm, see the address, finish or give it back. */
export function ClaimPanel({ task, onChange }: { task: AidTaskDetail; onChange: (task: AidTaskDetail) => void }) {
  const t = useT('aid');
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const step = useAction(async (path: string) => {
    const next = await api.post<AidTaskDetail>(`${requestApi(task.id)}/${path}`);
    if (!next.myClaim) setRevealed(null);
    onChange(next);
  });
  const reveal = useAction(async () => setRevealed(await api.post<Revealed>(`${requestApi(task.id)}/reveal`)));
  const claim = task.myClaim;
  const why = claim ? null : unavailable(task);

  return (
    <section class="card aid-claim" aria-labelledby="claim-title">
      <h2 id="claim-title">{t('claim.title')}</h2>
      {why && <p>{t(`claim.unavailable.${why}`)}</p>}
      {!claim && !why && (
        <>
          <p class="hint">{t('claim.hint')}</p>
          <button type="button" class="button button-primary button-wide" disabled={step.busy} onClick={() => void step.run('claim')}>
            {t('claim.take')}
          </button>
        </>
      )}
      {claim?.state === 'claimed' && (
        <>
          <p class="notice notice-ok" role="status">
            {t('claim.claimed', { time: formatDateTime(claim.leaseExpiresAt ?? 0) })}
          </p>
          <button
            type="button"
            class="button button-primary button-wide"
            disabled={step.busy}
            onClick={() => void step.run('claim/confirm')}
          >
            {t('claim.confirm')}
          </button>
        </>
      )}
      {claim?.state === 'in_progress' && (
        <>
          <p class="notice notice-ok" role="status">
            {t('claim.inProgress')}
          </p>
          <button type="button" class="button button-primary button-wide" disabled={step.busy} onClick={() => void step.run('done')}>
            {t('claim.done')}
          </button>
        </>
      )}
      <FormError error={step.error} />
      {claim && (
        <>
          {revealed ? (
            <RevealedDetails revealed={revealed} />
          ) : (
            <>
              <button type="button" class="button button-wide" disabled={reveal.busy} onClick={() => void reveal.run()}>
                {t('claim.reveal')}
              </button>
              <p class="hint">{t('claim.revealHint')}</p>
            </>
          )}
          <FormError error={reveal.error} />
          <button type="button" class="button" disabled={step.busy} onClick={() => void step.run('claim/release')}>
            {t('claim.release')}
          </button>
        </>
      )}
    </section>
  );
}
