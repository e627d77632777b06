import type { TFunction } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, api } from '../../../../core/web/api';
import { dateTimeFormat } from '../../../../core/web/dates';
import { useAction } from '../../../../core/web/forms';
import { formatDateTime, type Language, useLanguage, useT } from '../../../../core/web/i18n';
import type { MarshalEvent } from '../contract';

export const planPath = (eventId: string) => `/marshals/events/${encodeURIComponent(eventId)}`;
export const planApi = (eventId: string) => `/api/marshals/events/${encodeURIComponent(eventId)}`;

/**
 * This feature's refusals in this feature's words: the error keeps its code and field, with its
 * message translated, so the shared form helpers show it (they fall back to the message).
 */
export function localised(t: TFunction, err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const text = t(`errors.${err.code}`, { ns: 'peacekeeping', defaultValue: '' });
  return text ? new ApiError(err.status, err.code, text, err.field) : err;
}

/** useAction whose errors are translated by this feature first. */
export function useMarshalAction<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  const t = useT('peacekeeping');
  return useAction(async (...args: A) => {
    try {
      await action(...args);
    } catch (err) {
      throw localised(t, err);
    }
  });
}

/** Loads `path` (again when it changes); `set` lets a page put an action's answer in its place. */
export function useLoaded<T>(path: string) {
  const t = useT('peacekeeping');
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setData(null);
    setError(null);
    api.get<T>(path).then(setData, (err: unknown) => setError(localised(t, err)));
  }, [path]);
  return { data, set: setData, error };
}

export const formatDate = (ms: number, lang: Language) => dateTimeFormat(lang, { dateStyle: 'medium' }).format(ms);
export const formatTime = (ms: number, lang: Language) => dateTimeFormat(lang, { timeStyle: 'short' }).format(ms);

/** "Jan 27, 2027, 11:00 AM to 2:00 PM" in the reader's language; the end's date only when it is another day. */
export function useWhen() {
  const t = useT('peacekeeping');
  const lang = useLanguage();
  return (event: MarshalEvent) => {
    const sameDay = formatDate(event.startsAt, lang) === formatDate(event.endsAt, lang);
    return t('when', { start: formatDateTime(event.startsAt, lang), end: (sameDay ? formatTime : formatDateTime)(event.endsAt, lang) });
  };
}
