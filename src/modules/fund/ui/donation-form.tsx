import { useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { ActionForm, FormError, SelectField, Status, TextAreaField, TextField, useAction } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import type { Donation, ManagedFund } from '../contract';
import { DONATION_METHODS, NAME_MAX, NOTE_MAX } from '../limits';
import { centsFrom, formatCents, localizedFund, todayIso } from './format';

/**
 * A new key per donation: sending the same form twice (a double tap, a retry) records it once.
 * getRandomValues, unlike randomUUID, works on a plain-http network address too.
 */
const newKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** A treasurer records a donation given by hand (cash, a cheque…). */
export function DonationForm({ fund, onRecorded }: { fund: ManagedFund; onRecorded: () => void }) {
  const t = useT('fund');
  const lang = useLanguage();
  const [amount, setAmount] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [method, setMethod] = useState<string>('cash');
  const [donorName, setDonorName] = useState('');
  const [note, setNote] = useState('');
  const [key, setKey] = useState(newKey);
  const [message, setMessage] = useState<string | null>(null);
  const record = useAction(async () => {
    setMessage(null);
    const amountCents = centsFrom(amount, 'amountCents', t('donation.badAmount'));
    const body = {
      fundId: fund.id,
      amountCents,
      receivedOn,
      method,
      donorName: donorName || undefined,
      note: note || undefined,
      idempotencyKey: key,
    };
    const donation = await api.post<Donation>('/api/fund/donations', body);
    setMessage(t('donation.recorded', { amount: formatCents(donation.amountCents, lang), fund: localizedFund(fund, lang).name }));
    setAmount('');
    setDonorName('');
    setNote('');
    setKey(newKey());
    onRecorded();
  });

  return (
    <section class="card" aria-labelledby="donation-title">
      <h2 id="donation-title">{t('donation.title')}</h2>
      <ActionForm noValidate action={record}>
        <TextField
          id="donation-amount"
          name="amountCents"
          inputMode="decimal"
          autoComplete="off"
          label={t('donation.amount')}
          hint={t('donation.amountHint')}
          value={amount}
          onInput={setAmount}
          error={record.error}
          required
        />
        <TextField
          id="donation-date"
          name="receivedOn"
          type="date"
          label={t('donation.receivedOn')}
          value={receivedOn}
          onInput={setReceivedOn}
          error={record.error}
          max={todayIso()}
          required
        />
        <SelectField
          id="donation-method"
          name="method"
          label={t('donation.method')}
          value={method}
          onInput={setMethod}
          error={record.error}
          options={DONATION_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
        />
        <TextField
          id="donation-donor"
          name="donorName"
          autoComplete="off"
          label={t('donation.donorName')}
          hint={t('donation.donorHint')}
          value={donorName}
          onInput={setDonorName}
          error={record.error}
          maxLength={NAME_MAX}
        />
        <TextAreaField
          id="donation-note"
          name="note"
          label={t('donation.note')}
          value={note}
          onInput={setNote}
          error={record.error}
          maxLength={NOTE_MAX}
          rows={2}
        />
        <FormError error={record.error} fields={['amountCents', 'receivedOn', 'method', 'donorName', 'note']} />
        <button type="submit" class="button button-primary" disabled={record.busy}>
          {t('donation.submit')}
        </button>
      </ActionForm>
      <Status message={message} />
    </section>
  );
}
