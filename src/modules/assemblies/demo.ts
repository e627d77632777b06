import type { AppContext } from '../../context';
import { DAY, HOUR } from '../../core/clock';
import type { Principal } from '../../core/roles';
import { demoPrincipal } from '../members';
import { zoneIdsBySlug } from '../zones';
import { createAssembly, joinAssembly, setMember } from './assemblies-service';
import type { Rules } from './contract';
import { seedDemoDelegates } from './delegates/demo';
import { addActionItem, checkIn, closeMeeting, openMeeting, scheduleMeeting, setMinutes } from './meetings-service';
import { createProposal, openVote } from './proposals-service';
import { castVote, closeVote, recordHandCount } from './votes-service';

/** Made-up assemblies for the demo network: two neighbourhoods under a citywide federation. */

interface DemoAssembly {
  name: string;
  zone: string;
  description: string;
  rules: Rules;
  facilitator: string;
  members: string[];
  meeting: { title: string; place: string; inDays: number };
  open: { title: string; body: string };
  decided: { title: string; body: string; minutes: string; action: string; owner: string };
}

const NEIGHBOURHOODS: DemoAssembly[] = [
  {
    name: 'Phillips neighbourhood assembly (demo)',
    zone: 'east-phillips',
    description: 'Neighbours of East Phillips deciding together how we keep each other safe.',
    rules: { quorumKind: 'share', quorumValue: 50, majority: 'simple', proposers: 'any_member', discussionHours: 24, secretBallot: false },
    facilitator: 'Marisol',
    members: ['Tou', 'Hodan', 'Grace'],
    meeting: { title: 'Monthly assembly', place: 'Stewart Park community room', inDays: 2 },
    open: {
      title: 'A know-your-rights table at the Midtown Global Market every Saturday',
      body: 'We staff a table **every Saturday, 11:00–14:00**, with cards in English, Spanish, Somali and Hmong.',
    },
    decided: {
      title: 'Join the citywide rapid-response network',
      body: 'Phillips joins the citywide network and sends one delegate to the citywide assembly.',
      minutes: '# Monthly assembly\n\n- Quorum reached: 4 present\n- **Joining the citywide network** passed\n- Next: elect our delegate',
      action: 'Ask the citywide assembly for its next meeting date',
      owner: 'Tou',
    },
  },
  {
    name: 'Cedar-Riverside neighbourhood assembly (demo)',
    zone: 'cedar-riverside',
    description: 'Tenants and neighbours of Cedar-Riverside. Meetings in Somali and English.',
    rules: { quorumKind: 'count', quorumValue: 3, majority: 'consensus', proposers: 'any_member', discussionHours: 48, secretBallot: true },
    facilitator: 'Hodan',
    members: ['Grace', 'Tou'],
    meeting: { title: 'Spring general meeting', place: 'Brian Coyle Community Center, room 2', inDays: 5 },
    open: {
      title: 'A tenants’ know-your-rights night in Somali and English',
      body: 'One evening at Brian Coyle, with interpreters, before the lease renewals in May.',
    },
    decided: {
      title: 'Walk elders to the bus stops in the morning',
      body: 'Volunteers walk with elders to the Riverside Avenue stops on weekday mornings.',
      minutes: '# Spring planning\n\n- Hands counted: all for, no block\n- *Walking group* starts Monday',
      action: 'Make the walking rota',
      owner: 'Grace',
    },
  },
];

const CITYWIDE_RULES: Rules = {
  quorumKind: 'share',
  quorumValue: 50,
  majority: 'two_thirds',
  proposers: 'facilitators',
  discussionHours: 72,
  secretBallot: false,
};

/** The same services, with the clock set to `at`: last week's meeting happened last week. */
const atTime = (ctx: AppContext, at: number): AppContext => ({ ...ctx, clock: { now: () => at } });

async function seedDecision(ctx: AppContext, demo: DemoAssembly, assemblyId: string, people: Map<string, Principal>) {
  const facilitator = people.get(demo.facilitator);
  const owner = people.get(demo.decided.owner);
  if (!facilitator || !owner) return;
  const start = ctx.clock.now() - 10 * DAY;
  const meetingAt = start + demo.rules.discussionHours * HOUR + DAY;
  const meeting = await scheduleMeeting(
    atTime(ctx, start),
    facilitator,
    assemblyId,
    { title: 'Planning meeting', startsAt: meetingAt, place: demo.meeting.place, agenda: ['Welcome and check-in'] },
    { demo: true },
  );
  const proposal = await createProposal(
    atTime(ctx, start),
    owner,
    { assemblyId, meetingId: meeting.id, kind: 'motion', title: demo.decided.title, body: demo.decided.body, delegateId: null },
    { demo: true },
  );
  const then = atTime(ctx, meetingAt);
  await openMeeting(then, facilitator, meeting.id);
  const present = [facilitator, ...demo.members.flatMap((n) => people.get(n) ?? [])];
  for (const p of present) await checkIn(then, p, meeting.id);
  await openVote(then, facilitator, proposal.id);
  if (demo.rules.secretBallot) await recordHandCount(then, facilitator, proposal.id, { yes: present.length, no: 0, abstain: 0, block: 0 });
  else {
    for (const p of present) await castVote(then, p, proposal.id, 'yes');
    await closeVote(then, facilitator, proposal.id);
  }
  await setMinutes(then, facilitator, meeting.id, demo.decided.minutes);
  await addActionItem(then, facilitator, meeting.id, { text: demo.decided.action, ownerId: owner.memberId, dueOn: null });
  await closeMeeting(atTime(ctx, meetingAt + 2 * HOUR), facilitator, meeting.id);
}

export async function seedDemoAssemblies(ctx: AppContext) {
  if (await ctx.db.selectFrom('assembly').select('id').limit(1).executeTakeFirst()) return;
  const organiser = await demoPrincipal(ctx, 'Ayaan');
  if (!organiser) return;
  const people = new Map<string, Principal>();
  for (const name of ['Ayaan', 'Marisol', 'Tou', 'Grace', 'Hodan', 'Sam']) {
    const p = await demoPrincipal(ctx, name);
    if (p) people.set(name, p);
  }
  const zones = await zoneIdsBySlug(
    ctx,
    NEIGHBOURHOODS.map((n) => n.zone),
  );
  const citywide = await createAssembly(
    ctx,
    organiser,
    {
      name: 'Minneapolis citywide assembly (demo)',
      kind: 'federation',
      description: 'Delegates of the neighbourhood assemblies, deciding what we do across the city.',
      zoneId: null,
      parentId: null,
      delegateSeats: 1,
      rules: CITYWIDE_RULES,
    },
    { demo: true },
  );
  const today = Math.floor(ctx.clock.now() / DAY) * DAY;
  for (const demo of NEIGHBOURHOODS) {
    const facilitator = people.get(demo.facilitator);
    if (!facilitator) continue;
    const assembly = await createAssembly(
      ctx,
      organiser,
      {
        name: demo.name,
        kind: 'neighbourhood',
        description: demo.description,
        zoneId: zones.get(demo.zone) ?? null,
        parentId: citywide.id,
        delegateSeats: 1,
        rules: demo.rules,
      },
      { demo: true },
    );
    await setMember(ctx, organiser, assembly.id, facilitator.memberId, 'facilitator');
    for (const name of demo.members) {
      const member = people.get(name);
      if (member) await joinAssembly(ctx, member, assembly.id);
    }
    await seedDecision(ctx, demo, assembly.id, people);
    // Evenings in Minneapolis are around midnight UTC.
    const startsAt = today + demo.meeting.inDays * DAY + 23 * HOUR;
    const meeting = await scheduleMeeting(
      ctx,
      facilitator,
      assembly.id,
      { title: demo.meeting.title, startsAt, place: demo.meeting.place, agenda: ['Welcome and check-in', 'Reports back'] },
      { demo: true },
    );
    const proposer = people.get(demo.members[0]) ?? facilitator;
    await createProposal(
      ctx,
      proposer,
      { assemblyId: assembly.id, meetingId: meeting.id, kind: 'motion', delegateId: null, ...demo.open },
      { demo: true },
    );
  }
  await seedDemoDelegates(ctx);
}
