import { useState } from 'preact/hooks';
import { FormError, TextField } from '../../../core/web/forms';
import { useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { BallotList } from '../contract';
import { proposalApi } from './format';

/** A receipt as typed on a phone: case, spaces and missing dashes do not matter. */
const normalised = (input: string) =>
  input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/(.{4})(?=.)/g, '$1-');

/**
 * The published anonymous ballots of a closed secret vote. The voter's receipt is looked up here, on
 * the phone: the server is never told which ballot anyone looked for.
 */
export function BallotsSection({ proposalId }: { proposalId: string }) {
  const t = useT('assemblies');
  const { data, error } = useGet<BallotList>(`${proposalApi(proposalId)}/ballots`);
  const [receipt, setReceipt] = useState('');
  const wanted = normalised(receipt);
  const found = wanted.length >= 14 ? data?.ballots.find((b) => b.receipt === wanted) : undefined;
  return (
    <section aria-labelledby="ballots-title">
      <h2 id="ballots-title">{t('ballots.title')}</h2>
      <p class="hint">{t('ballots.intro')}</p>
      <FormError error={error} />
      <TextField
        id="receipt"
        name="receipt"
        label={t('ballots.receiptLabel')}
        autoComplete="off"
        spellcheck={false}
        value={receipt}
        onInput={setReceipt}
      />
      <p role="status" class={found ? 'notice notice-ok' : wanted.length >= 14 ? 'notice' : 'sr-only'}>
        {found ? t('ballots.found', { choice: t(`vote.choices.${found.choice}`) }) : wanted.length >= 14 ? t('ballots.missing') : ''}
      </p>
      {data && (
        <div class="table-scroll">
          <table class="ballot-table">
            <thead>
              <tr>
                <th scope="col">{t('ballots.receipt')}</th>
                <th scope="col">{t('ballots.choice')}</th>
              </tr>
            </thead>
            <tbody>
              {data.ballots.map((b) => (
                <tr key={b.receipt} class={found?.receipt === b.receipt ? 'ballot-mine' : undefined}>
                  <td class="receipt-code">{b.receipt}</td>
                  <td>{t(`vote.choices.${b.choice}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
