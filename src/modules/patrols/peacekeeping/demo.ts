import type { AppContext } from '../../../context';
import { DAY } from '../../../core/clock';
import type { Principal } from '../../../core/roles';
import { listUpcomingEventBriefs } from '../../events';
import { demoPrincipal } from '../../members';
import { recordQualification, validQualificationsOf } from '../../trainings';
import { assignMarshal, setLead } from './assignments-service';
import type { PostInput } from './contract';
import { setPhone } from './marshal-service';
import { savePlan } from './plans-service';
import { addPost } from './posts-service';

const DEMO_MARCH = 'March for our neighbours (demo)';

/** The demo march's route from Powderhorn Park to Lake Street: public places, so points may be exact. */
const POSTS: PostInput[] = [
  {
    kind: 'entrance',
    label: 'Powderhorn Park, south entrance (gathering point)',
    instructions: 'Greet people, point them to the banner line, keep the path to the street clear.',
    needed: 3,
    radioChannel: 'Channel 1',
    point: { lat: 44.9396, lng: -93.2539 },
  },
  {
    kind: 'crossing',
    label: 'E 35th St & Chicago Ave crossing',
    instructions: 'Hold the crossing until the tail of the march has passed. Face the traffic, not the march.',
    needed: 2,
    radioChannel: 'Channel 2',
    point: { lat: 44.9387, lng: -93.2626 },
  },
  {
    kind: 'route_segment',
    label: 'Chicago Ave, 35th St to Lake St (front of the march)',
    instructions: 'Walk at the front edge, set a slow pace, keep gaps closed.',
    needed: 4,
    radioChannel: 'Channel 2',
    point: null,
  },
  {
    kind: 'crossing',
    label: 'Lake St & Chicago Ave crossing',
    instructions: 'The march turns east here. Keep the turn wide so nobody is squeezed against the curb.',
    needed: 2,
    radioChannel: 'Channel 3',
    point: { lat: 44.9484, lng: -93.2625 },
  },
  {
    kind: 'route_segment',
    label: 'Lake St, Chicago Ave to Bloomington Ave (tail of the march)',
    instructions: 'Walk behind the last marchers; watch for anyone who needs to rest or a medic.',
    needed: 3,
    radioChannel: 'Channel 3',
    point: null,
  },
];

/** The demo peacekeepers hold a qualification from the trainings demo, or get one recorded here. */
async function ensurePeacekeeper(ctx: AppContext, organiser: Principal, member: Principal, until: number) {
  const held = (await validQualificationsOf(ctx.db, [member.memberId], ctx.clock.now())).get(member.memberId) ?? [];
  if (held.some((q) => q.kind === 'peacekeeper' && q.expiresAt >= until)) return;
  const now = ctx.clock.now();
  await recordQualification(ctx, ctx.db, organiser, {
    memberId: member.memberId,
    kind: 'peacekeeper',
    earnedAt: now - 30 * DAY,
    expiresAt: now + 335 * DAY,
    source: 'recorded',
  });
}

/**
 * The demo march gets a plan: 800 expected at one marshal per 50 (16 recommended, the posts ask for
 * 14), five posts, contact lines, Marisol and Grace assigned as leads. Hodan is qualified but free
 * (as is Ayaan, from the trainings demo), so an organiser can try assigning someone.
 */
export async function seedDemoPeacekeeping(ctx: AppContext) {
  if (await ctx.db.selectFrom('marshalPlan').select('id').limit(1).executeTakeFirst()) return;
  const march = (await listUpcomingEventBriefs(ctx.db, ctx.clock.now(), ['march'])).find((e) => e.title === DEMO_MARCH);
  const organiser = await demoPrincipal(ctx, 'Ayaan');
  const [marisol, grace, hodan] = await Promise.all(['Marisol', 'Grace', 'Hodan'].map((name) => demoPrincipal(ctx, name)));
  if (!march || !organiser || !marisol || !grace || !hodan) return;
  for (const member of [marisol, grace, hodan]) await ensurePeacekeeper(ctx, organiser, member, march.endsAt);

  const contactLines = ['Legal hotline (demo): 612-555-0142', 'Medic lead: channel 4', 'De-escalation lead: channel 1'];
  let view = await savePlan(ctx, organiser, march.id, { expectedCrowd: 800, ratio: 50, contactLines }, { demo: true });
  for (const post of POSTS) view = await addPost(ctx, organiser, view.plan?.id ?? '', post);
  for (const [member, position] of [
    [marisol, 1],
    [grace, 4],
  ] as const) {
    const post = view.posts.find((p) => p.position === position);
    if (!post) continue;
    view = await assignMarshal(ctx, organiser, post.id, member.memberId);
    const mine = view.posts.find((p) => p.id === post.id)?.marshals.find((m) => m.memberId === member.memberId);
    if (mine) view = await setLead(ctx, organiser, mine.assignmentId, true);
    if (mine && member === marisol) await setPhone(ctx, marisol, mine.assignmentId, '612-555-0117');
  }
}
