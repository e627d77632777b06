import { useT } from '../../../core/web/i18n';
import type { ActionTotals } from '../contract';
import { formatNumber } from './format';

/** The four figures, kept apart: an unknown number of participants is never counted as none. */
export function TotalsPanel({ totals }: { totals: ActionTotals | null }) {
  const t = useT('tracker');
  const figure = (value: number | undefined) => (value === undefined ? '…' : formatNumber(value));
  return (
    <section class="tracker-totals" aria-labelledby="tracker-totals-title">
      <h2 id="tracker-totals-title">{t('totals.title')}</h2>
      <dl class="totals-grid" aria-busy={totals === null}>
        <div>
          <dt>{t('totals.actions')}</dt>
          <dd>{figure(totals?.actions)}</dd>
        </div>
        <div>
          <dt>{t('totals.cities')}</dt>
          <dd>{figure(totals?.cities)}</dd>
        </div>
        <div>
          <dt>{t('totals.known')}</dt>
          <dd>{figure(totals?.knownParticipants)}</dd>
        </div>
        <div>
          <dt>{t('totals.unknown')}</dt>
          <dd>{figure(totals?.unknownParticipants)}</dd>
        </div>
      </dl>
    </section>
  );
}
