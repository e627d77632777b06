import type { AppContext } from '../../src/context';
import { DAY } from '../../src/core/clock';
import { SESSION_COOKIE } from '../../src/core/http/session';
import { addDays, localDateAt, mondayOf } from '../../src/core/local-time';
import type { Principal } from '../../src/core/roles';
import { createMember, startSession } from '../../src/modules/members';
import { createSeries } from '../../src/modules/patrols/series-service';
import { createSite } from '../../src/modules/patrols/sites-service';
import { recordQualification } from '../../src/modules/trainings';
import { listZones } from '../../src/modules/zones';

/** Benchmark data for patrols: members with sessions and qualifications, and a city's worth of shifts. */

/** `count` trusted members holding a legal-observer qualification for a year, each with a session cookie. */
export async function qualifiedMembers(ctx: AppContext, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) {
    const member = await createMember(ctx, { displayName: `Bench volunteer ${i}`, roles: ['member'], trusted: true });
    await recordQualification(ctx, ctx.db, null, {
      memberId: member.id,
      kind: 'legal_observer',
      earnedAt: ctx.clock.now() - DAY,
      expiresAt: ctx.clock.now() + 365 * DAY,
      source: 'recorded',
    });
    cookies.push(`${SESSION_COOKIE}=${(await startSession(ctx, member.id)).token}`);
  }
  return cookies;
}

export const organiserOf = async (ctx: AppContext): Promise<Principal> => {
  const member = await createMember(ctx, { displayName: 'Bench organiser', roles: ['organiser'], trusted: true });
  return { memberId: member.id, sessionId: 'bench', roles: ['organiser'], trusted: true };
};

/**
 * Sites in every zone, each with a drop-off and a pick-up series on school days from this week on,
 * made through the services (so every series has its six weeks of shifts); `weekShifts` of them fall
 * in next week. Then a seeded share of the places are taken, straight in the table, so that every
 * colour shows. Returns next week's Monday.
 */
export async function cityOfShifts(ctx: AppContext, weekShifts: number, random: () => number): Promise<string> {
  const organiser = await organiserOf(ctx);
  const zones = await listZones(ctx);
  const monday = mondayOf(localDateAt(ctx.clock.now(), ctx.config.timeZone));
  const sites = Math.ceil(weekShifts / 10);
  const times = [
    ['Drop-off', '07:30', '08:30'],
    ['Pick-up', '14:30', '15:30'],
  ] as const;
  for (let i = 0; i < sites; i++) {
    const site = await createSite(ctx, organiser, {
      name: `Bench school ${i}, main doors`,
      kind: 'school',
      zoneId: zones[i % zones.length].id,
      point: null,
      notes: '',
    });
    for (const [label, startTime, endTime] of times) {
      await createSeries(ctx, organiser, site.id, {
        label,
        weekdays: [1, 2, 3, 4, 5],
        startTime,
        endTime,
        minPeople: 2,
        maxPeople: 4,
        requiredQualification: random() < 0.3 ? 'legal_observer' : null,
        startsOn: monday,
        endsOn: null,
      });
    }
  }
  const shifts = await ctx.db.selectFrom('patrolShift').select('id').execute();
  await ctx.db.transaction().execute(async (tx) => {
    for (const { id } of shifts) {
      const taken = Math.floor(random() * 5);
      if (taken) await tx.updateTable('patrolShift').set({ taken }).where('id', '=', id).execute();
    }
  });
  return addDays(monday, 7);
}
