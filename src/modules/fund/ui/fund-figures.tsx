import { useLanguage, useT } from '../../../core/web/i18n';
import type { PublicFund } from '../contract';
import { DISBURSEMENT_CATEGORIES } from '../limits';
import { formatCents } from './format';

/** The demo network's made-up funds say so. */
export function DemoBadge() {
  const t = useT();
  return (
    <p>
      <span class="badge badge-demo">{t('demo.badge')}</span>
    </p>
  );
}

/** Raised toward the goal: the amounts in words and a progress bar (read out as a percentage). */
export function FundProgress({ fund, id }: { fund: PublicFund; id: string }) {
  const t = useT('fund');
  const lang = useLanguage();
  const raised = formatCents(fund.raisedCents, lang);
  const percent = fund.goalCents > 0 ? Math.min(100, Math.floor((fund.raisedCents / fund.goalCents) * 100)) : null;
  return (
    <div class="fund-progress">
      <p class="fund-raised" id={`${id}-raised`}>
        {percent === null ? t('public.raisedNoGoal', { raised }) : t('public.raised', { raised, goal: formatCents(fund.goalCents, lang) })}
      </p>
      {percent !== null && (
        <>
          <progress
            max={fund.goalCents}
            value={Math.min(fund.raisedCents, fund.goalCents)}
            aria-label={t('public.progressLabel')}
            aria-describedby={`${id}-raised`}
          >
            {percent}%
          </progress>
          <p class="hint">{t('public.percent', { percent })}</p>
        </>
      )}
    </div>
  );
}

/** Paid out by kind of help: the only thing said about where money went. */
export function PaidOut({ fund }: { fund: PublicFund }) {
  const t = useT('fund');
  const lang = useLanguage();
  const paid = DISBURSEMENT_CATEGORIES.filter((c) => fund.paidOutByCategory[c] > 0);
  if (!paid.length) return <p>{t('public.nothingPaid')}</p>;
  return (
    <dl class="fund-paid-out">
      {paid.map((c) => (
        <div key={c}>
          <dt>{t(`categories.${c}`)}</dt>
          <dd>{formatCents(fund.paidOutByCategory[c], lang)}</dd>
        </div>
      ))}
      <div class="fund-paid-total">
        <dt>{t('public.total')}</dt>
        <dd>{formatCents(fund.paidOutCents, lang)}</dd>
      </div>
    </dl>
  );
}

/** The ledger's latest entry, for anyone to note and compare later. */
export function LedgerHead({ head }: { head: { seq: number; hash: string } }) {
  const t = useT('fund');
  return (
    <section class="card fund-ledger" aria-labelledby="ledger-head-title">
      <h2 id="ledger-head-title">{t('public.ledgerTitle')}</h2>
      {head.seq === 0 ? (
        <p>{t('public.ledgerEmpty')}</p>
      ) : (
        <>
          <p>{t('public.ledgerBody', { seq: head.seq })}</p>
          <p>
            <code class="fund-hash">{head.hash}</code>
          </p>
          <p class="hint">{t('public.ledgerNote')}</p>
        </>
      )}
    </section>
  );
}
