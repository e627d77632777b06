import './fund.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { FormError, Loading, PageTitle, SelectField } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { useSession } from '../../../core/web/session';
import type { ManagedFund } from '../contract';
import { DonationForm } from './donation-form';
import { DonationsList } from './donations-list';
import { localizedFund } from './format';
import { FundForm } from './fund-form';
import { FundsTable } from './funds-table';
import { ImportPanel } from './import-panel';
import { VerifyPanel } from './verify-panel';

type FundList = { funds: ManagedFund[] };

/**
 * /fund/treasury — organisers and treasurers keep the funds; treasurers also record donations, import
 * processor exports and check the ledger.
 */
export function TreasuryPage() {
  const t = useT('fund');
  const lang = useLanguage();
  const session = useSession();
  const [funds, setFunds] = useState<ManagedFund[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fundId, setFundId] = useState('');
  /** Bumped when money moved, so the lists below read again. */
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<ManagedFund | 'new' | null>(null);
  const reload = () =>
    api.get<FundList>('/api/fund/funds').then((r) => {
      setFunds(r.funds);
      setFundId((current) => current || r.funds[0]?.id || '');
      setVersion((v) => v + 1);
    }, setError);
  useEffect(() => void reload(), []);
  const treasurer = session.status === 'signed_in' && session.me.roles.includes('treasurer');
  const fund = funds?.find((f) => f.id === fundId) ?? null;
  const saved = (f: ManagedFund) => {
    setEditing(null);
    setFundId(f.id);
    void reload();
  };

  return (
    <>
      <PageTitle title={t('treasury.title')} />
      <p>{t('treasury.intro')}</p>
      {treasurer && (
        <p>
          <a class="button" href="/fund/approvals">
            {t('treasury.approvalsLink')}
          </a>
        </p>
      )}
      <FormError error={error} />
      {!funds && !error && <Loading />}
      {funds && <FundsTable funds={funds} onEdit={setEditing} onNew={() => setEditing('new')} />}
      {editing && <FundForm fund={editing === 'new' ? null : editing} onSaved={saved} onCancel={() => setEditing(null)} />}
      {!treasurer && <p class="hint">{t('treasury.treasurersOnly')}</p>}
      {treasurer && funds && funds.length > 0 && (
        <>
          <SelectField
            id="treasury-fund"
            name="fundId"
            label={t('treasury.pickFund')}
            value={fundId}
            onInput={setFundId}
            options={funds.map((f) => ({ value: f.id, label: localizedFund(f, lang).name }))}
          />
          {fund && (
            <>
              <DonationForm fund={fund} onRecorded={reload} />
              <ImportPanel fund={fund} onImported={reload} />
              <DonationsList fund={fund} version={version} onReversed={reload} />
            </>
          )}
          <VerifyPanel />
        </>
      )}
    </>
  );
}
