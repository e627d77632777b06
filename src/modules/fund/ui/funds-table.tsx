import { useLanguage, useT } from '../../../core/web/i18n';
import type { ManagedFund } from '../contract';
import { formatCents, fundPath, localizedFund } from './format';

/** Every fund with its figures from the ledger; public ones link to their public page. */
export function FundsTable(props: { funds: ManagedFund[]; onEdit: (fund: ManagedFund) => void; onNew: () => void }) {
  const t = useT('fund');
  const lang = useLanguage();
  const money = (cents: number) => formatCents(cents, lang);
  return (
    <section aria-labelledby="funds-title">
      <h2 id="funds-title">{t('treasury.fundsTitle')}</h2>
      {props.funds.length === 0 ? (
        <p>{t('treasury.none')}</p>
      ) : (
        <div class="fund-table-scroll">
          <table class="fund-table">
            <thead>
              <tr>
                <th scope="col">{t('treasury.name')}</th>
                <th scope="col">{t('treasury.goal')}</th>
                <th scope="col">{t('treasury.raised')}</th>
                <th scope="col">{t('treasury.paidOut')}</th>
                <th scope="col">{t('treasury.cash')}</th>
                <th scope="col">{t('treasury.visibility')}</th>
                <th scope="col">
                  <span class="sr-only">{t('treasury.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {props.funds.map((f) => {
                const name = localizedFund(f, lang).name;
                return (
                  <tr key={f.id}>
                    <th scope="row">{f.public ? <a href={fundPath(f.id)}>{name}</a> : name}</th>
                    <td>{money(f.goalCents)}</td>
                    <td>{money(f.raisedCents)}</td>
                    <td>{money(f.paidOutCents)}</td>
                    <td>{money(f.cashCents)}</td>
                    <td>{f.public ? t('treasury.isPublic') : t('treasury.notPublic')}</td>
                    <td>
                      <button type="button" class="button" aria-label={t('treasury.editFor', { name })} onClick={() => props.onEdit(f)}>
                        {t('treasury.edit')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <button type="button" class="button" onClick={props.onNew}>
          {t('treasury.newFund')}
        </button>
      </p>
    </section>
  );
}
