import type { AppContext } from '../../context';
import { DAY, HOUR, MINUTE } from '../../core/clock';
import type { Qualification } from '../../core/qualifications';
import type { Principal } from '../../core/roles';
import { demoPrincipal } from '../members';
import { zoneIdsBySlug } from '../zones';
import type { CourseInput, TrainingLanguage } from './contract';
import { createCourse, saveMaterial } from './courses-service';
import { KNOW_YOUR_RIGHTS } from './demo-materials/know-your-rights';
import { LEGAL_OBSERVER } from './demo-materials/legal-observer';
import { recordQualification } from './qualifications-service';
import { rsvpToSession } from './rsvp-service';
import { createSession } from './sessions-service';
import { addMonths } from './validity';

/** One made-up course per qualification, titled in the four languages. */
const DEMO_COURSES: (Omit<CourseInput, 'description' | 'validityMonths'> & { description: string })[] = [
  {
    qualification: 'know_your_rights',
    title: 'Know your rights (demo)',
    description: 'What to do if agents come to your door, your work or your car. Cards in English, Spanish, Somali and Hmong.',
    translations: {
      es: { title: 'Conoce tus derechos (demo)', description: 'Qué hacer si los agentes llegan a tu puerta, tu trabajo o tu carro.' },
      so: { title: 'Ogow xuquuqdaada (demo)' },
      hmn: { title: 'Paub koj txoj cai (demo)' },
    },
  },
  {
    qualification: 'nonviolent_direct_action',
    title: 'Non-violent direct action (demo)',
    description: 'Planning and holding a peaceful action: roles, de-escalation, staying together, knowing the risks.',
    translations: {
      es: { title: 'Acción directa no violenta (demo)' },
      so: { title: 'Ficil toos ah oo aan rabshad lahayn (demo)' },
      hmn: { title: 'Kev tawm suab ncaj qha tsis siv kev ua phem (demo)' },
    },
  },
  {
    qualification: 'legal_observer',
    title: 'Legal observer training (demo)',
    description: 'Observe and document, never interfere: what to watch, what to write down, how to stay safe.',
    translations: {
      es: { title: 'Capacitación de observadores legales (demo)', description: 'Observar y documentar, nunca interferir.' },
      so: { title: 'Tababarka goob-joogaha sharciga (demo)' },
      hmn: { title: 'Kev cob qhia tus neeg saib xyuas kev cai lij choj (demo)' },
    },
  },
  {
    qualification: 'peacekeeper',
    title: 'Peacekeepers and marshals (demo)',
    description: 'Keeping a march together and safe: posts, radios, crossings, de-escalation.',
    translations: {
      es: { title: 'Equipos de paz y coordinadores de marcha (demo)' },
      so: { title: 'Ilaaliyeyaasha nabadda iyo agaasimayaasha socodka (demo)' },
      hmn: { title: 'Cov neeg saib kev thaj yeeb thiab cov neeg coj kev taug kev (demo)' },
    },
  },
  {
    qualification: 'dispatcher',
    title: 'Rapid-response dispatcher (demo)',
    description: 'Running the board: confirmed reports, offers to responders on duty, widening to neighbouring zones.',
    translations: {
      es: { title: 'Despacho de respuesta rápida (demo)' },
      so: { title: 'Diraha jawaabta degdegga ah (demo)' },
      hmn: { title: 'Tus neeg xa cov neeg teb sai (demo)' },
    },
  },
  {
    qualification: 'verifier',
    title: 'Verifying reports (demo)',
    description: 'Confirming a sighting before an alert goes out: sources, photos, duplicates, false alarms.',
    translations: {
      es: { title: 'Verificar reportes (demo)' },
      so: { title: 'Xaqiijinta warbixinnada (demo)' },
      hmn: { title: 'Kev kuaj xyuas cov lus ceeb toom (demo)' },
    },
  },
];

interface DemoSession {
  course: Qualification;
  /** Days from today and the start hour in UTC (Minneapolis evenings are 23:00–01:00 UTC); null: starting now. */
  inDays: number | null;
  startHourUtc: number;
  language: TrainingLanguage;
  place: string;
  point?: { lat: number; lng: number };
  zone: string;
  capacity: number;
  trainers: string[];
  members: string[];
}

const BRIAN_COYLE = { lat: 44.9701, lng: -93.2476 };
const POWDERHORN = { lat: 44.9396, lng: -93.2539 };

/** Public places; the first starts within a quarter of an hour, so its attendance QR code works in the demo. */
const DEMO_SESSIONS: DemoSession[] = [
  {
    course: 'legal_observer',
    inDays: null,
    startHourUtc: 0,
    language: 'en',
    place: 'Brian Coyle Community Center, the big room',
    point: BRIAN_COYLE,
    zone: 'cedar-riverside',
    capacity: 12,
    trainers: ['Ayaan'],
    members: ['Sam', 'Grace'],
  },
  {
    course: 'know_your_rights',
    inDays: 2,
    startHourUtc: 23,
    language: 'es',
    place: 'Powderhorn Park Recreation Center, the gym',
    point: POWDERHORN,
    zone: 'powderhorn-park',
    capacity: 30,
    trainers: ['Marisol'],
    members: ['Hodan'],
  },
  {
    course: 'know_your_rights',
    inDays: 4,
    startHourUtc: 23,
    language: 'so',
    place: 'Brian Coyle Community Center, room 2',
    point: BRIAN_COYLE,
    zone: 'cedar-riverside',
    capacity: 25,
    trainers: ['Ayaan', 'Hodan'],
    members: [],
  },
  {
    course: 'know_your_rights',
    inDays: 6,
    startHourUtc: 17,
    language: 'hmn',
    place: 'Hosmer Library, the community room',
    zone: 'central',
    capacity: 20,
    trainers: ['Tou'],
    members: [],
  },
  {
    course: 'verifier',
    inDays: 8,
    startHourUtc: 23,
    language: 'en',
    place: 'Sabathani Community Center, room 110',
    zone: 'central',
    capacity: 10,
    trainers: ['Marisol'],
    members: ['Grace'],
  },
  {
    course: 'peacekeeper',
    inDays: 10,
    startHourUtc: 17,
    language: 'en',
    place: 'Powderhorn Park Recreation Center, the gym',
    point: POWDERHORN,
    zone: 'powderhorn-park',
    capacity: 40,
    trainers: ['Ayaan'],
    members: ['Tou'],
  },
  {
    course: 'nonviolent_direct_action',
    inDays: 12,
    startHourUtc: 17,
    language: 'en',
    place: 'Brian Coyle Community Center, the big room',
    point: BRIAN_COYLE,
    zone: 'cedar-riverside',
    capacity: 60,
    trainers: ['Ayaan', 'Tou'],
    members: [],
  },
  {
    course: 'dispatcher',
    inDays: 14,
    startHourUtc: 23,
    language: 'en',
    place: 'Sabathani Community Center, room 110',
    zone: 'central',
    capacity: 8,
    trainers: ['Marisol'],
    members: [],
  },
];

/** What the demo roles need (Tou responds, Marisol verifies), and a few more; Sam holds none. */
const DEMO_QUALIFICATIONS: { member: string; kind: Qualification; daysAgo: number }[] = [
  { member: 'Tou', kind: 'legal_observer', daysAgo: 120 },
  { member: 'Marisol', kind: 'verifier', daysAgo: 60 },
  { member: 'Marisol', kind: 'dispatcher', daysAgo: 200 },
  { member: 'Ayaan', kind: 'know_your_rights', daysAgo: 30 },
  { member: 'Ayaan', kind: 'peacekeeper', daysAgo: 90 },
  // Lapses in about two weeks: "My trainings" says so.
  { member: 'Grace', kind: 'know_your_rights', daysAgo: 350 },
];

const QUARTER_HOUR = 15 * MINUTE;

async function seedSessions(ctx: AppContext, organiser: Principal, courseIds: Map<Qualification, string>) {
  const now = ctx.clock.now();
  const today = Math.floor(now / DAY) * DAY;
  const zones = await zoneIdsBySlug(ctx, [...new Set(DEMO_SESSIONS.map((s) => s.zone))]);
  const people = async (names: string[]) => (await Promise.all(names.map((n) => demoPrincipal(ctx, n)))).filter((p) => p !== null);
  for (const demo of DEMO_SESSIONS) {
    const startsAt =
      demo.inDays === null ? Math.ceil(now / QUARTER_HOUR) * QUARTER_HOUR : today + demo.inDays * DAY + demo.startHourUtc * HOUR;
    const trainers = await people(demo.trainers);
    const courseId = courseIds.get(demo.course);
    if (!courseId || !trainers.length) continue;
    const session = await createSession(
      ctx,
      organiser,
      {
        courseId,
        startsAt,
        endsAt: startsAt + 2 * HOUR,
        place: demo.place,
        point: demo.point ?? null,
        zoneId: zones.get(demo.zone) ?? null,
        language: demo.language,
        capacity: demo.capacity,
        trainerIds: trainers.map((p) => p.memberId),
      },
      { demo: true },
    );
    for (const member of await people(demo.members)) await rsvpToSession(ctx, member, session.id);
  }
}

export async function seedDemoTrainings(ctx: AppContext) {
  if (await ctx.db.selectFrom('trainingCourse').select('id').limit(1).executeTakeFirst()) return;
  const organiser = await demoPrincipal(ctx, 'Ayaan');
  if (!organiser) return;
  const courseIds = new Map<Qualification, string>();
  for (const course of DEMO_COURSES) {
    const created = await createCourse(ctx, organiser, { ...course, validityMonths: 12 }, { demo: true });
    courseIds.set(course.qualification, created.id);
  }
  for (const [kind, pages] of [
    ['know_your_rights', KNOW_YOUR_RIGHTS],
    ['legal_observer', LEGAL_OBSERVER],
  ] as const) {
    const courseId = courseIds.get(kind);
    if (!courseId) continue;
    for (const [language, page] of Object.entries(pages))
      await saveMaterial(ctx, organiser, courseId, language as TrainingLanguage, { ...page, draft: true }, { demo: true });
  }
  await seedSessions(ctx, organiser, courseIds);
  const now = ctx.clock.now();
  for (const q of DEMO_QUALIFICATIONS) {
    const member = await demoPrincipal(ctx, q.member);
    const earnedAt = now - q.daysAgo * DAY;
    if (member)
      await recordQualification(ctx, ctx.db, organiser, {
        memberId: member.memberId,
        kind: q.kind,
        earnedAt,
        expiresAt: addMonths(earnedAt, 12),
        source: 'recorded',
      });
  }
}
