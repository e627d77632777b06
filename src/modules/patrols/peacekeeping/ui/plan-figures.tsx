import { formatNumber, useLanguage, useT } from '../../../../core/web/i18n';
import type { PlanView } from '../contract';

type Figures = PlanView['figures'];

export const targetOf = (f: Figures) => Math.max(f.recommended, f.requested);

/** The ratio planner's answer: recommended, asked for, assigned, checked in, and a clear warning when short. */
export function PlanFigures({ figures }: { figures: Figures }) {
  const t = useT('peacekeeping');
  const lang = useLanguage();
  const n = (v: number) => formatNumber(v, lang);
  const items = [
    ['recommended', figures.recommended],
    ['requested', figures.requested],
    ['assigned', figures.assigned],
    ['checkedIn', figures.checkedIn],
  ] as const;
  return (
    <div class="marshal-figures">
      <dl class="figure-grid">
        {items.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`figures.${key}`)}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>
      {figures.postsBelowRatio > 0 && (
        <p class="notice notice-error">
          {t('figures.postsBelowRatio', {
            requested: n(figures.requested),
            count: figures.postsBelowRatio,
            recommended: n(figures.recommended),
          })}
        </p>
      )}
      {figures.short > 0 ? (
        <p class="notice notice-error">
          {t('figures.short', { count: figures.short, assigned: n(figures.assigned), target: n(targetOf(figures)) })}
        </p>
      ) : (
        targetOf(figures) > 0 && <p class="notice notice-ok">{t('figures.enough')}</p>
      )}
    </div>
  );
}

/** One line and a badge, for lists of plans. */
export function FiguresSummary({ figures }: { figures: Figures }) {
  const t = useT('peacekeeping');
  const lang = useLanguage();
  const n = (v: number) => formatNumber(v, lang);
  return (
    <p>
      <span class={`badge ${figures.short > 0 ? 'badge-warning' : 'badge-ok'}`}>
        {t(figures.short > 0 ? 'figures.shortBadge' : 'figures.enoughBadge')}
      </span>{' '}
      {t('figures.summary', { assigned: n(figures.assigned), target: n(targetOf(figures)), checkedIn: n(figures.checkedIn) })}
    </p>
  );
}
