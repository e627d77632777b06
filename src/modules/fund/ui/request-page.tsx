import './fund.css';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import {
  ActionForm,
  FormError,
  Loading,
  PageTitle,
  Radio,
  SelectField,
  Status,
  TextAreaField,
  TextField,
  useAction,
} from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { canAccess, useSession } from '../../../core/web/session';
import type { Disbursement, FundableAidRequest, PublicFund } from '../contract';
import { DISBURSEMENT_CATEGORIES, NAME_MAX, NOTE_MAX, REASON_MAX } from '../limits';
import { centsFrom, formatCents, fundNameOf, localizedFund } from './format';

/** Organisers and dispatchers pick the open rent or bills request the fund is to pay. */
function AidRequestPicker(props: { value: string; onChoose: (r: FundableAidRequest) => void }) {
  const t = useT('fund');
  const lang = useLanguage();
  const [requests, setRequests] = useState<FundableAidRequest[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<{ requests: FundableAidRequest[] }>('/api/fund/aid-requests').then((r) => setRequests(r.requests), setError);
  }, []);
  return (
    <fieldset class="field">
      <legend>{t('request.pickRequest')}</legend>
      <FormError error={error} />
      {!requests && !error && <Loading />}
      {requests?.length === 0 && <p>{t('request.noRequests')}</p>}
      {requests?.map((r) => (
        <Radio
          key={r.id}
          id={`aid-${r.id}`}
          name="aidRequestId"
          value={r.id}
          checked={props.value === r.id}
          onChoose={() => props.onChoose(r)}
          hint={r.amountCents === null ? undefined : t('request.requestAmount', { amount: formatCents(r.amountCents, lang) })}
        >
          {t('request.requestOption', { zone: r.zone?.name ?? '–', date: formatDateTime(r.createdAt, lang) })}
        </Radio>
      ))}
    </fieldset>
  );
}

/**
 * /fund/disbursements/new?caseId=… or ?aidRequestId=… — a caseworker asks the fund to pay for their
 * family case; an organiser or dispatcher for a rent or bills aid request.
 */
export function RequestPage() {
  const t = useT('fund');
  const lang = useLanguage();
  const session = useSession();
  const query = new URLSearchParams(location.search);
  const caseId = query.get('caseId') ?? '';
  const [aidRequestId, setAidRequestId] = useState(query.get('aidRequestId') ?? '');
  const [funds, setFunds] = useState<PublicFund[] | null>(null);
  const [fundId, setFundId] = useState('');
  const [category, setCategory] = useState<string>('rent');
  const [amount, setAmount] = useState('');
  const [payeeName, setPayeeName] = useState('');
  const [payeeDetails, setPayeeDetails] = useState('');
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  useEffect(() => {
    api.get<{ funds: PublicFund[] }>('/api/funds').then((r) => {
      setFunds(r.funds);
      setFundId((current) => current || r.funds[0]?.id || '');
    }, setLoadError);
  }, []);
  const send = useAction(async () => {
    const amountCents = centsFrom(amount, 'amountCents', t('donation.badAmount'));
    const link = caseId ? { caseId } : { aidRequestId: aidRequestId || undefined };
    const asked = await api.post<Disbursement>('/api/fund/disbursements', {
      fundId,
      category,
      amountCents,
      payeeName,
      payeeDetails,
      reason,
      ...link,
    });
    setSent(t('request.sent', { amount: formatCents(asked.amountCents, lang), fund: fundNameOf(asked, lang) }));
  });
  const coordinator = session.status === 'signed_in' && canAccess(session.me, ['organiser', 'dispatcher']);
  const casePath = `/cases/${encodeURIComponent(caseId)}`;

  return (
    <>
      <PageTitle title={t('request.title')} />
      <p>{t('request.intro')}</p>
      {caseId && (
        <p class="notice">
          {t('request.forCase')} <a href={casePath}>{t('request.backToCase')}</a>
        </p>
      )}
      <FormError error={loadError} />
      {sent ? (
        <>
          <Status message={sent} />
          {caseId && (
            <p>
              <a class="button" href={casePath}>
                {t('request.backToCase')}
              </a>
            </p>
          )}
        </>
      ) : (
        <ActionForm class="card" noValidate action={send}>
          {!caseId && coordinator && (
            <AidRequestPicker
              value={aidRequestId}
              onChoose={(r) => {
                setAidRequestId(r.id);
                if (r.amountCents !== null && !amount) setAmount((r.amountCents / 100).toFixed(2));
              }}
            />
          )}
          {!funds && !loadError && <Loading />}
          {funds && (
            <SelectField
              id="request-fund"
              name="fundId"
              label={t('request.fund')}
              value={fundId}
              onInput={setFundId}
              error={send.error}
              options={funds.map((f) => ({ value: f.id, label: localizedFund(f, lang).name }))}
            />
          )}
          <SelectField
            id="request-category"
            name="category"
            label={t('request.category')}
            value={category}
            onInput={setCategory}
            error={send.error}
            options={DISBURSEMENT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
          />
          <TextField
            id="request-amount"
            name="amountCents"
            inputMode="decimal"
            autoComplete="off"
            label={t('request.amount')}
            value={amount}
            onInput={setAmount}
            error={send.error}
            required
          />
          <TextField
            id="request-payee"
            name="payeeName"
            autoComplete="off"
            label={t('request.payeeName')}
            hint={t('request.payeeNameHint')}
            value={payeeName}
            onInput={setPayeeName}
            error={send.error}
            maxLength={NAME_MAX}
            required
          />
          <TextAreaField
            id="request-payee-details"
            name="payeeDetails"
            label={t('request.payeeDetails')}
            hint={t('request.payeeDetailsHint')}
            value={payeeDetails}
            onInput={setPayeeDetails}
            error={send.error}
            maxLength={NOTE_MAX}
            rows={2}
          />
          <TextAreaField
            id="request-reason"
            name="reason"
            label={t('request.reason')}
            hint={t('request.reasonHint')}
            value={reason}
            onInput={setReason}
            error={send.error}
            maxLength={REASON_MAX}
            rows={3}
          />
          <FormError error={send.error} fields={['fundId', 'category', 'amountCents', 'payeeName', 'payeeDetails', 'reason']} />
          <button type="submit" class="button button-primary" disabled={send.busy}>
            {t('request.submit')}
          </button>
        </ActionForm>
      )}
    </>
  );
}
