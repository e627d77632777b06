import { dateTimeFormat } from '../../../core/web/dates';
import type { Language } from '../../../core/web/i18n';
import type { PublicEvent } from '../contract';

/** The manage token of a visitor's RSVP, kept on this phone only (a device wipe forgets it). */
const tokenKey = (eventId: string) => `whistle.events.rsvp.${eventId}`;

export function storedToken(eventId: string): string | null {
  try {
    return localStorage.getItem(tokenKey(eventId));
  } catch {
    return null;
  }
}

export function storeToken(eventId: string, token: string) {
  try {
    localStorage.setItem(tokenKey(eventId), token);
  } catch {
    // Storage switched off: the RSVP stands, but this phone cannot cancel it later.
  }
}

/** "Sat 25 Jan, 10:00 – 13:00" in the reader's language and the phone's time zone. */
export function formatWhen(event: Pick<PublicEvent, 'startsAt' | 'endsAt'>, lang: Language): string {
  const format = dateTimeFormat(lang, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  return format.formatRange(event.startsAt, event.endsAt);
}

export const eventPath = (id: string) => `/events/${encodeURIComponent(id)}`;
export const eventApi = (id: string) => `/api/events/${encodeURIComponent(id)}`;

export { fromLocalInput, toLocalInput } from '../../../core/web/local-input';
