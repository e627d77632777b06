import { dateTimeFormat } from '../../../core/web/dates';
import type { Language } from '../../../core/web/i18n';
import { useGet } from '../../../core/web/use-get';
import type { CourseBrief, CourseTranslations, Session } from '../contract';
import { ATTENDANCE_CLOSES_AFTER_MS, ATTENDANCE_OPENS_BEFORE_MS } from '../limits';

/** A course in the reader's language: each part translated where it is, English otherwise. */
export function localCourse(course: { title: string; description?: string; translations: CourseTranslations }, lang: Language) {
  const tr = lang === 'en' ? undefined : course.translations[lang];
  return { title: tr?.title || course.title, description: tr?.description || course.description || '' };
}
export const courseTitle = (course: Pick<CourseBrief, 'title' | 'translations'>, lang: Language) => localCourse(course, lang).title;

/** "Sat 25 Jan, 10:00 – 12:00" in the reader's language and the phone's time zone. */
export const formatWhen = (s: Pick<Session, 'startsAt' | 'endsAt'>, lang: Language) =>
  dateTimeFormat(lang, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).formatRange(s.startsAt, s.endsAt);

export const formatDate = (ms: number, lang: Language) => dateTimeFormat(lang, { dateStyle: 'medium' }).format(ms);

/** The server takes attendance in this window; the app uses it only to say so. */
export const attendanceOpen = (s: Pick<Session, 'startsAt' | 'endsAt' | 'state'>, now = Date.now()) =>
  s.state === 'scheduled' && now >= s.startsAt - ATTENDANCE_OPENS_BEFORE_MS && now <= s.endsAt + ATTENDANCE_CLOSES_AFTER_MS;

const enc = encodeURIComponent;
export const sessionPath = (id: string) => `/trainings/sessions/${enc(id)}`;
export const sessionApi = (id: string) => `/api/trainings/sessions/${enc(id)}`;
export const coursePath = (id: string) => `/trainings/courses/${enc(id)}`;
export const courseApi = (id: string) => `/api/trainings/courses/${enc(id)}`;
export const materialPath = (courseId: string, lang: string) => `${coursePath(courseId)}/materials/${enc(lang)}`;

/** Replaces one session of a list with its changed copy (after an RSVP). */
export const replaced = (list: Session[], changed: Session) => list.map((s) => (s.id === changed.id ? changed : s));

/** Members as GET /api/members lists them (the fields used here), for choosing trainers or whose qualifications to see. */
export interface MemberChoice {
  id: string;
  displayName: string;
  trusted: boolean;
  disabled: boolean;
}

export function useMemberChoices(): MemberChoice[] {
  const { data } = useGet<{ members: MemberChoice[] }>('/api/members');
  return (data?.members ?? []).filter((m) => !m.disabled).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export { fromLocalInput, toLocalInput } from '../../../core/web/local-input';
