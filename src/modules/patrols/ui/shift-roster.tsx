import { FormError, Loading } from '../../../core/web/forms';
import { useLanguage, useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { ShiftPeople, ShiftPerson } from '../contract';
import { timeOfDay } from './format';

function PersonLine({ person }: { person: ShiftPerson }) {
  const t = useT('patrols');
  const lang = useLanguage();
  const { name, checkedInAt, checkedOutAt } = person;
  const line =
    checkedInAt === null
      ? t('roster.notYet', { name })
      : checkedOutAt === null
        ? t('roster.checkedIn', { name, time: timeOfDay(checkedInAt, lang) })
        : t('roster.checkedOut', { name, time: timeOfDay(checkedInAt, lang), out: timeOfDay(checkedOutAt, lang) });
  return (
    <li>
      {line}
      {person.offered && <span class="hint">{` (${t('roster.offered')})`}</span>}
    </li>
  );
}

/** For the shift's organisers: who holds a place, in the order they took it, and who has checked in. */
export function ShiftRoster({ shiftId }: { shiftId: string }) {
  const t = useT('patrols');
  const { data, error } = useGet<ShiftPeople>(`/api/patrols/shifts/${encodeURIComponent(shiftId)}/people`);
  return (
    <section aria-labelledby="shift-roster">
      <h3 id="shift-roster">{t('roster.title')}</h3>
      <FormError error={error} />
      {!data && !error && <Loading />}
      {data &&
        (data.people.length === 0 ? (
          <p>{t('roster.nobody')}</p>
        ) : (
          <ul class="plain-list">
            {data.people.map((p) => (
              <PersonLine key={p.memberId} person={p} />
            ))}
          </ul>
        ))}
    </section>
  );
}
