import type { EventInputFields, EventSettings } from '../contract';
import { DEFAULT_REMINDER_HOURS } from '../limits';
import { fromLocalInput, toLocalInput } from './event-helpers';
import type { LatLng } from './point-map';

/** The event form's fields as typed: text, as inputs hold it. */
export interface EventDraft {
  title: string;
  kind: string;
  description: string;
  starts: string;
  ends: string;
  place: string;
  point: LatLng | null;
  zoneId: string;
  capacity: string;
  orgId: string;
  campaignId: string;
  reminderHours: string;
}

export const emptyDraft = (preset: { orgId?: string; campaignId?: string } = {}): EventDraft => ({
  title: '',
  kind: '',
  description: '',
  starts: '',
  ends: '',
  place: '',
  point: null,
  zoneId: '',
  capacity: '',
  orgId: preset.orgId ?? '',
  campaignId: preset.campaignId ?? '',
  reminderHours: String(DEFAULT_REMINDER_HOURS),
});

export const draftOf = (s: EventSettings): EventDraft => ({
  title: s.title,
  kind: s.kind,
  description: s.description,
  starts: toLocalInput(s.startsAt),
  ends: toLocalInput(s.endsAt),
  place: s.place,
  point: s.point,
  zoneId: s.zoneId ?? '',
  capacity: s.capacity === null ? '' : String(s.capacity),
  orgId: s.orgId ?? '',
  campaignId: s.campaignId ?? '',
  reminderHours: String(s.reminderHours),
});

/** Empty optional fields become null; anything the server would refuse is sent as typed, so it names the field. */
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));

export const inputOf = (d: EventDraft): EventInputFields => ({
  title: d.title,
  kind: d.kind as EventInputFields['kind'],
  description: d.description,
  startsAt: fromLocalInput(d.starts),
  endsAt: fromLocalInput(d.ends),
  place: d.place,
  point: d.point,
  zoneId: d.zoneId || null,
  capacity: numberOrNull(d.capacity),
  orgId: d.orgId || null,
  campaignId: d.campaignId || null,
  reminderHours: numberOrNull(d.reminderHours) ?? 0,
});
