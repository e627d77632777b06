import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import type { CampaignAsk, OrganiserCounts, PublicCounts } from '../contract';

/**
 * Pledged, triggered and reconfirmed apart, then per ask (only the campaign's asks). Organisers also
 * see what waits on a threshold and what was withdrawn.
 */
export function CountsPanel(props: { counts: PublicCounts | OrganiserCounts; asks: readonly CampaignAsk[]; live?: boolean }) {
  const t = useT('pledges');
  const lang = useLanguage();
  const { counts } = props;
  const n = (value: number) => formatNumber(value, lang);
  const rows: [string, number][] = [
    ['pledged', counts.pledged],
    ['triggered', counts.triggered],
    ['reconfirmed', counts.reconfirmed],
    ...('conditional' in counts
      ? ([
          ['conditional', counts.conditional],
          ['withdrawn', counts.withdrawn],
        ] as [string, number][])
      : []),
  ];
  return (
    <section class="card pledge-counts" aria-labelledby="counts-title">
      <h2 id="counts-title">{t('counts.title')}</h2>
      <p class="pledge-total">
        <span class="pledge-total-number">{n(counts.total)}</span> <span>{t('counts.total')}</span>
      </p>
      <dl class="count-list">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`counts.${key}`)}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('counts.perAsk')}</h3>
      <dl class="count-list">
        {props.asks.map((ask) => (
          <div key={ask}>
            <dt>{t(`asks.${ask}`)}</dt>
            <dd>{n(counts.asks[ask])}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">
        {t('counts.hidden')} {props.live && t('counts.live')}
      </p>
    </section>
  );
}
