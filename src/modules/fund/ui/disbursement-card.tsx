import type { ComponentChildren } from 'preact';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import type { Disbursement } from '../contract';
import { formatCents, fundNameOf } from './format';

const STATE_BADGE = { requested: 'badge-warning', approved_once: 'badge-warning', paid: 'badge-ok', rejected: 'badge-muted' } as const;

/** What a treasurer needs to decide: how much, from which fund, for what, to whom, and who asked. */
export function DisbursementCard({ d, children }: { d: Disbursement; children?: ComponentChildren }) {
  const t = useT('fund');
  const lang = useLanguage();
  const heading = t('approvals.heading', {
    amount: formatCents(d.amountCents, lang),
    category: t(`categories.${d.category}`),
    fund: fundNameOf(d, lang),
  });
  return (
    <article class="card" aria-labelledby={`disbursement-${d.id}`}>
      <h3 id={`disbursement-${d.id}`}>{heading}</h3>
      <p>
        <span class={`badge ${STATE_BADGE[d.state]}`}>{t(`states.${d.state}`)}</span>
      </p>
      <dl class="details">
        <dt>{t('approvals.requestedBy')}</dt>
        <dd>
          {d.requestedBy?.name ?? '–'} · {formatDateTime(d.createdAt, lang)}
        </dd>
        <dt>{t('approvals.linkedTo')}</dt>
        <dd>{d.caseId ? t('approvals.linkedCase') : t('approvals.linkedRequest')}</dd>
        {d.reason && (
          <>
            <dt>{t('approvals.reason')}</dt>
            <dd class="fund-text">{d.reason}</dd>
          </>
        )}
        {d.payee && (
          <>
            <dt>{t('approvals.payee')}</dt>
            <dd class="fund-text">
              {d.payee.name}
              {d.payee.details && (
                <>
                  <br />
                  {d.payee.details}
                </>
              )}
            </dd>
          </>
        )}
        {(d.state === 'requested' || d.state === 'approved_once') && (
          <>
            <dt>{t('approvals.firstApproval')}</dt>
            <dd>{d.firstApprover?.name ?? t('approvals.noApprovalYet')}</dd>
          </>
        )}
        {d.decidedBy && (
          <>
            <dt>{t('approvals.decidedBy')}</dt>
            <dd>
              {d.decidedBy.name}
              {d.decidedAt !== null && ` · ${formatDateTime(d.decidedAt, lang)}`}
            </dd>
          </>
        )}
        {d.rejectReason && (
          <>
            <dt>{t('approvals.rejectReason')}</dt>
            <dd class="fund-text">{d.rejectReason}</dd>
          </>
        )}
      </dl>
      {children}
    </article>
  );
}
