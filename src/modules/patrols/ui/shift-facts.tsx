import { useLanguage, useT } from '../../../core/web/i18n';
import type { Shift } from '../contract';
import { clockLabel, dayLabel } from './format';

/** Where and when a shift is, how full, and what it needs: the lines every shift card starts with. */
export function ShiftFacts({ shift, headingLevel = 3 }: { shift: Shift; headingLevel?: 2 | 3 }) {
  const t = useT('patrols');
  const lang = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = shift.label ? t('shift.title', { site: shift.site.name, label: shift.label }) : shift.site.name;
  return (
    <>
      <Heading>{title}</Heading>
      <p class="patrol-when">
        {t('shift.when', {
          day: dayLabel(shift.localDate, lang),
          start: clockLabel(shift.startTime, lang),
          end: clockLabel(shift.endTime, lang),
        })}
      </p>
      <p>
        {t(`kinds.${shift.site.kind}`)} · {shift.zone.name}
      </p>
      <p>{t('shift.people', { taken: shift.taken, max: shift.maxPeople, min: shift.minPeople })}</p>
      {shift.requiredQualification && (
        <p class="tag-row">
          <span class="tag">{t('shift.needs', { qualification: t(`qualifications.${shift.requiredQualification}`) })}</span>
        </p>
      )}
    </>
  );
}
