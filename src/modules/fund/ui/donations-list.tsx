import { useEffect, useState } from 'preact/hooks';
import { api } from '../../../core/web/api';
import { dateTimeFormat } from '../../../core/web/dates';
import { FormError, Loading, Status, useAction } from '../../../core/web/forms';
import { type Language, useLanguage, useT } from '../../../core/web/i18n';
import type { Donation, ManagedFund } from '../contract';
import { formatCents, localizedFund } from './format';

const day = (ms: number, lang: Language) => dateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);

/** One donation, with a way to reverse it (a new ledger entry; nothing is deleted). */
function DonationItem({ donation, onReversed }: { donation: Donation; onReversed: () => void }) {
  const t = useT('fund');
  const lang = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const amount = formatCents(donation.amountCents, lang);
  const date = day(donation.receivedAt, lang);
  const reverse = useAction(async () => {
    await api.post(`/api/fund/donations/${encodeURIComponent(donation.id)}/reverse`);
    onReversed();
  });
  const open = donation.reversedCents < donation.amountCents;
  return (
    <li class="fund-donation">
      <p>
        <strong>{donation.donorName ?? t('donations.anonymous')}</strong> ·{' '}
        {t('donations.line', { amount, method: t(`methods.${donation.method}`), date })}
      </p>
      {donation.externalId && (
        <p class="hint">{t('donations.from', { source: t(`presets.${donation.source}`), id: donation.externalId })}</p>
      )}
      {donation.note && <p class="hint">{donation.note}</p>}
      {donation.reversedCents > 0 && (
        <p class="badge badge-warning">{t('donations.reversed', { amount: formatCents(donation.reversedCents, lang) })}</p>
      )}
      {open && (
        <button
          type="button"
          class="button"
          aria-expanded={confirming}
          aria-label={t('donations.reverseFor', { amount, date })}
          onClick={() => setConfirming(!confirming)}
        >
          {t('donations.reverse')}
        </button>
      )}
      {open && confirming && (
        <div class="confirm">
          <p>{t('donations.confirmReverse', { amount: formatCents(donation.amountCents - donation.reversedCents, lang) })}</p>
          <button type="button" class="button button-danger" disabled={reverse.busy} onClick={() => reverse.run()}>
            {t('donations.confirm')}
          </button>
        </div>
      )}
      <FormError error={reverse.error} />
    </li>
  );
}

/** A fund's latest donations, donors' names included (treasurers only). */
export function DonationsList(props: { fund: ManagedFund; version: number; onReversed: () => void }) {
  const t = useT('fund');
  const lang = useLanguage();
  const [donations, setDonations] = useState<Donation[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    api
      .get<{ donations: Donation[] }>(`/api/fund/donations?fundId=${encodeURIComponent(props.fund.id)}`)
      .then((r) => setDonations(r.donations), setError);
  }, [props.fund.id, props.version]);
  const reversed = () => {
    setMessage(t('donations.reversedNow'));
    props.onReversed();
  };
  return (
    <section class="card" aria-labelledby="donations-title">
      <h2 id="donations-title">{t('donations.title', { fund: localizedFund(props.fund, lang).name })}</h2>
      <FormError error={error} />
      {!donations && !error && <Loading />}
      {donations?.length === 0 && <p>{t('donations.none')}</p>}
      <ul class="plain-list">
        {donations?.map((d) => (
          <DonationItem key={d.id} donation={d} onReversed={reversed} />
        ))}
      </ul>
      <Status message={message} />
    </section>
  );
}
