import type { Activity } from '../reports';
import { type EventKind, LANGS, type Lang, type Message, type Messages, type Template } from './contract';
import { PHRASES } from './phrases';

/** The template that fits what the report says the agents were doing. */
export const TEMPLATE_FOR_ACTIVITY: Record<Activity, Template> = {
  patrolling: 'sighting',
  stopping_people: 'stopping',
  at_a_home: 'home',
  at_a_workplace: 'workplace',
  at_a_school: 'school',
  checkpoint: 'checkpoint',
  detaining: 'detention',
  other: 'sighting',
};

/** Hmong has no locale data in Intl; its speakers here read US times. */
const INTL_LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-US', so: 'so', hmn: 'en-US' };

export function formatTime(ms: number, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat([INTL_LOCALE[lang], 'en-US'], { hour: 'numeric', minute: '2-digit', timeZone }).format(ms);
}

const eachLang = (render: (lang: Lang) => Message): Messages => Object.fromEntries(LANGS.map((lang) => [lang, render(lang)])) as Messages;

export interface AlertWording {
  template: Template;
  /** The report's zone first, then the other targets. */
  zoneNames: string[];
  seenAt: number;
  people: number;
  vehicles: number;
}

/** The alert's message in every language, filled in on the server once. */
export function renderAlert(w: AlertWording, timeZone: string): Messages {
  return eachLang((lang) => {
    const p = PHRASES[lang];
    return {
      headline: p.headline[w.template](w.zoneNames[0]),
      body: p.body({ time: formatTime(w.seenAt, lang, timeZone), size: p.size(w.people, w.vehicles), zones: w.zoneNames.join(', ') }),
      instruction: p.instruction,
    };
  });
}

type LaterKind = Exclude<EventKind, 'sent'>;
/** Updates that still call for care carry the safety instruction; endings do not. */
const KEEPS_INSTRUCTION: ReadonlySet<LaterKind> = new Set(['still_active', 'moved', 'left_area']);

/** An update's message in every language: `zone` is where it happened, `until` the new expiry (extended). */
export function renderUpdate(kind: LaterKind, p: { zone: string; at: number; until: number }, timeZone: string): Messages {
  return eachLang((lang) => {
    const phrases = PHRASES[lang];
    const words = phrases.update[kind];
    return {
      headline: words.headline(p.zone),
      body: words.body({ time: formatTime(p.at, lang, timeZone), zone: p.zone, until: formatTime(p.until, lang, timeZone) }),
      instruction: KEEPS_INSTRUCTION.has(kind) ? phrases.instruction : '',
    };
  });
}
