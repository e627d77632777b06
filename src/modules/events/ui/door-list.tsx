import { useEffect, useState } from 'preact/hooks';
import { api, request } from '../../../core/web/api';
import { FormError, Loading, PageTitle, useAction } from '../../../core/web/forms';
import { formatNumber, useLanguage, useT } from '../../../core/web/i18n';
import type { CheckInEntry, CheckInSheet } from '../contract';
import { eventApi, eventPath } from './event-helpers';

/** Other organisers check people in at the same door: the list refreshes itself this often. */
const REFRESH_MS = 15_000;

/** Lower case without accents, so "hodan" finds "Hodan" and "pena" finds "Peña". */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

function Person({ entry, onCheck }: { entry: CheckInEntry; onCheck: (entry: CheckInEntry, on: boolean) => Promise<void> }) {
  const t = useT('events');
  const check = useAction((on: boolean) => onCheck(entry, on));
  return (
    <li class="door-person">
      <div>
        <strong>{entry.name}</strong>
        <div class="tag-row">
          <span class="tag">{t(`checkIn.statuses.${entry.status}`)}</span>
          {entry.member && <span class="tag">{t('checkIn.member')}</span>}
          {entry.checkedInAt !== null && <span class="badge badge-ok">{t('checkIn.done')}</span>}
        </div>
        {entry.contact && <span class="hint">{entry.contact}</span>}
        <FormError error={check.error} />
      </div>
      {entry.checkedInAt === null ? (
        <button
          type="button"
          class="button button-primary"
          disabled={check.busy}
          aria-label={t('checkIn.checkInFor', { name: entry.name })}
          onClick={() => check.run(true)}
        >
          {t('checkIn.checkIn')}
        </button>
      ) : (
        <button
          type="button"
          class="button"
          disabled={check.busy}
          aria-label={t('checkIn.undoFor', { name: entry.name })}
          onClick={() => check.run(false)}
        >
          {t('checkIn.undo')}
        </button>
      )}
    </li>
  );
}

/** The organiser's screen at the door: the walk-in code, counts, and the list with a search box. */
export function DoorList({ eventId }: { eventId: string }) {
  const t = useT('events');
  const lang = useLanguage();
  const [sheet, setSheet] = useState<CheckInSheet | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [search, setSearch] = useState('');
  const load = () => api.get<CheckInSheet>(`${eventApi(eventId)}/check-in`).then(setSheet, setError);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [eventId]);

  const onCheck = async (entry: CheckInEntry, on: boolean) => {
    await request<CheckInEntry>(on ? 'POST' : 'DELETE', `${eventApi(eventId)}/rsvps/${encodeURIComponent(entry.id)}/check-in`);
    await load();
  };
  if (!sheet) return error ? <FormError error={error} /> : <Loading />;
  const wanted = fold(search.trim());
  const shown = sheet.rsvps.filter((r) => fold(r.name).includes(wanted));
  const count = (n: number) => formatNumber(n, lang);
  return (
    <>
      <PageTitle title={`${t('checkIn.title')}: ${sheet.event.title}`} />
      <p>{t('checkIn.organiserIntro')}</p>
      <div class="card door-code">
        <span>{t('checkIn.code')}</span>
        <strong>{sheet.code}</strong>
      </div>
      <ul class="tags" aria-live="polite">
        <li class="tag">{t('checkIn.checkedIn', { count: count(sheet.checkedIn) })}</li>
        <li class="tag">{t('checkIn.going', { count: count(sheet.event.counts.going) })}</li>
        <li class="tag">{t('checkIn.walkIns', { count: count(sheet.walkIns) })}</li>
      </ul>
      <div class="field">
        <label for="door-search">{t('checkIn.search')}</label>
        <input id="door-search" type="search" autoComplete="off" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
      </div>
      <section aria-labelledby="door-list-title">
        <h2 id="door-list-title">{t('checkIn.list')}</h2>
        {sheet.rsvps.length === 0 ? <p>{t('checkIn.noRsvps')}</p> : shown.length === 0 && <p>{t('checkIn.none')}</p>}
        <ul class="plain-list door-list">
          {shown.map((entry) => (
            <Person key={entry.id} entry={entry} onCheck={onCheck} />
          ))}
        </ul>
      </section>
      <div class="button-row">
        <button type="button" class="button" onClick={() => void load()}>
          {t('checkIn.refresh')}
        </button>
        <a href={eventPath(eventId)}>{t('checkIn.back')}</a>
      </div>
    </>
  );
}
