import { useState } from 'preact/hooks';
import { api, request } from '../../../core/web/api';
import { CopyField, FormError, useAction } from '../../../core/web/forms';
import { formatDateTime, useLanguage, useT } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { FeedLink, FeedState } from '../contract';

/** A private calendar link for my shifts: shown once when made; a new one stops the old one. */
export function CalendarLink() {
  const t = useT('patrols');
  const lang = useLanguage();
  const state = useGet<FeedState>('/api/patrols/feed');
  const [link, setLink] = useState<FeedLink | null>(null);
  const make = useAction(async () => {
    const made = await api.post<FeedLink>('/api/patrols/feed');
    setLink(made);
    state.setData({ active: true, createdAt: made.createdAt });
  });
  const stop = useAction(async () => {
    state.setData(await request<FeedState>('DELETE', '/api/patrols/feed'));
    setLink(null);
  });
  const active = state.data?.active;
  return (
    <section class="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('calendar.title')}</h2>
      <p>{t('calendar.intro')}</p>
      <FormError error={state.error ?? make.error ?? stop.error} />
      {link && (
        <>
          <CopyField id="patrol-calendar-link" label={t('calendar.link')} value={link.url} />
          <p class="hint">{t('calendar.linkHint')}</p>
        </>
      )}
      {active && !link && state.data?.createdAt && <p>{t('calendar.active', { date: formatDateTime(state.data.createdAt, lang) })}</p>}
      {state.data && (
        <div class="button-row">
          <button type="button" class="button" disabled={make.busy} onClick={() => make.run()}>
            {active ? t('calendar.reset') : t('calendar.make')}
          </button>
          {active && (
            <button type="button" class="button" disabled={stop.busy} onClick={() => stop.run()}>
              {t('calendar.stop')}
            </button>
          )}
        </div>
      )}
      {active && <p class="hint">{t('calendar.resetHint')}</p>}
    </section>
  );
}
