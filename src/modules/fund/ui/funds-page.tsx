import './fund.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { PublicFund } from '../contract';
import { formatCents, fundPath, localizedFund } from './format';
import { DemoBadge, FundProgress, LedgerHead } from './fund-figures';

type FundList = { funds: PublicFund[]; ledgerHead: { seq: number; hash: string } };

/** /funds — every public fund with what it raised and paid out; never a donor or a payee. */
export function FundsPage() {
  const t = useT('fund');
  const lang = useLanguage();
  const [list, setList] = useState<FundList | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<FundList>('/api/funds').then(setList, setError);
  }, []);
  return (
    <>
      <PageTitle title={t('public.title')} />
      <p>{t('public.intro')}</p>
      <FormError error={error} />
      {!list && !error && <Loading />}
      {list?.funds.length === 0 && <p>{t('public.none')}</p>}
      <ul class="plain-list card-grid">
        {list?.funds.map((fund) => {
          const { name, description } = localizedFund(fund, lang);
          return (
            <li key={fund.id}>
              <article class="card" aria-labelledby={`fund-${fund.id}`}>
                <h2 id={`fund-${fund.id}`}>
                  <a href={fundPath(fund.id)}>{name}</a>
                </h2>
                {fund.demo && <DemoBadge />}
                {description && <p class="fund-description">{description}</p>}
                <FundProgress fund={fund} id={`fund-${fund.id}-progress`} />
                <p>{t('public.paidOut', { amount: formatCents(fund.paidOutCents, lang) })}</p>
              </article>
            </li>
          );
        })}
      </ul>
      {list && <LedgerHead head={list.ledgerHead} />}
      <p class="hint">{t('public.privacy')}</p>
    </>
  );
}
