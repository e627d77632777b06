import { useLanguage, useT } from '../../../core/web/i18n';
import type { Coverage, CoverageShift } from '../contract';
import { clockLabel, shortDay } from './format';

const MARK = { green: '✓', amber: '!', red: '✕' } as const;

/** A shift in the calendar: its time and count shown, its place and colour said in words too (never by colour alone). */
export function ShiftChip({ shift, site, onChoose }: { shift: CoverageShift; site: string; onChoose: (shift: CoverageShift) => void }) {
  const t = useT('patrols');
  const lang = useLanguage();
  const label = t('coverage.chip', {
    site,
    label: shift.label,
    start: clockLabel(shift.startTime, lang),
    end: clockLabel(shift.endTime, lang),
    taken: shift.taken,
    min: shift.minPeople,
    colour: t(`colours.${shift.colour}`),
  });
  return (
    <button type="button" class={`patrol-chip patrol-${shift.colour}`} title={label} onClick={() => onChoose(shift)}>
      <span aria-hidden="true">{MARK[shift.colour]}</span>
      {`${clockLabel(shift.startTime, lang)} · ${shift.taken}/${shift.minPeople}`}
      <span class="sr-only">{` — ${label}`}</span>
    </button>
  );
}

/** Days across, sites down (grouped by zone); scrolls sideways inside itself on a phone. */
export function CoverageGrid({ coverage, onChoose }: { coverage: Coverage; onChoose: (shift: CoverageShift) => void }) {
  const t = useT('patrols');
  const lang = useLanguage();
  return (
    <div class="patrol-grid-frame">
      <table class="patrol-grid">
        <caption id="coverage-calendar">{t('coverage.calendar')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.site')}</th>
            {coverage.days.map((d) => (
              <th scope="col" key={d}>
                {shortDay(d, lang)}
              </th>
            ))}
          </tr>
        </thead>
        {coverage.zones.map((z) => (
          <tbody key={z.zone.id}>
            <tr>
              <th scope="colgroup" colSpan={8} class="patrol-grid-zone">
                {z.zone.name}
              </th>
            </tr>
            {z.sites.map((site) => (
              <tr key={site.id}>
                <th scope="row">{site.name}</th>
                {coverage.days.map((d) => (
                  <td key={d}>
                    {site.shifts
                      .filter((s) => s.localDate === d)
                      .map((s) => (
                        <ShiftChip key={s.id} shift={s} site={site.name} onChoose={onChoose} />
                      ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
