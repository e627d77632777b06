import './fund.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { usePathParam } from '../../../core/web/router';
import type { PublicFundPage } from '../contract';
import { formatCents, localizedFund } from './format';
import { DemoBadge, FundProgress, LedgerHead, PaidOut } from './fund-figures';

/** /funds/:id — one fund's public page: goal, raised, paid out by kind of help, the ledger head. */
export function FundPage() {
  const t = useT('fund');
  const lang = useLanguage();
  const id = usePathParam('id');
  const [page, setPage] = useState<PublicFundPage | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setPage(null);
    api.get<PublicFundPage>(`/api/funds/${encodeURIComponent(id)}`).then(setPage, setError);
  }, [id]);
  if (error) return <FormError error={error} />;
  if (!page) return <Loading />;
  const { fund } = page;
  const { name, description } = localizedFund(fund, lang);
  return (
    <>
      <PageTitle title={name} />
      {fund.demo && <DemoBadge />}
      {description && <p class="fund-description">{description}</p>}
      <section class="card" aria-labelledby="fund-progress-title">
        <h2 id="fund-progress-title" class="sr-only">
          {t('public.progressLabel')}
        </h2>
        <FundProgress fund={fund} id="fund-progress" />
        <p>{t('public.held', { amount: formatCents(fund.raisedCents - fund.paidOutCents, lang) })}</p>
      </section>
      <section class="card" aria-labelledby="fund-paid-title">
        <h2 id="fund-paid-title">{t('public.paidOutTitle')}</h2>
        <PaidOut fund={fund} />
      </section>
      <LedgerHead head={page.ledgerHead} />
      <p class="hint">{t('public.privacy')}</p>
      <p>
        <a href="/funds">{t('public.allFunds')}</a>
      </p>
    </>
  );
}
