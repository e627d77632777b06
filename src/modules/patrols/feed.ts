import type { AppContext } from '../../context';
import { DAY } from '../../core/clock';
import { notFound } from '../../core/errors';
import { toICalendar } from '../../core/ical/ical';
import { hashToken, secretToken } from '../../core/ids';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import type { FeedLink, FeedState } from './contract';
import { namesOfZones } from './present';
import { deleteFeed, findFeedByHash, findFeedOf, replaceFeed } from './repository';
import { listSignupsOf } from './signups-repository';

/**
 * A member's shifts as a private calendar feed. The link holds a secret token; only its hash is kept,
 * so the link is shown once, and making a new one stops the old one.
 */

/** A calendar keeps a month of past shifts, so one does not vanish the day after. */
const FEED_PAST_MS = 30 * DAY;
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;

export const ICAL_MEDIA_TYPE = 'text/calendar; charset=utf-8';

const feedUrl = (ctx: AppContext, token: string) => `${ctx.config.publicUrl}/api/patrols/feed/${token}`;

export async function feedState(ctx: AppContext, principal: Principal): Promise<FeedState> {
  const row = await findFeedOf(ctx.db, principal.memberId);
  return { active: !!row, createdAt: row?.createdAt ?? null };
}

/** A new link (the old one, if any, stops working). */
export async function resetFeed(ctx: AppContext, principal: Principal): Promise<FeedLink> {
  const token = secretToken();
  const createdAt = ctx.clock.now();
  const row = { memberId: principal.memberId, tokenHash: hashToken(token), createdAt };
  await ctx.db.transaction().execute(async (tx) => {
    await replaceFeed(tx, row);
    await audit(ctx, tx, { actor: principal, action: 'patrol_feed.reset', objectType: 'member', objectId: principal.memberId });
  });
  return { url: feedUrl(ctx, token), createdAt };
}

export async function stopFeed(ctx: AppContext, principal: Principal): Promise<FeedState> {
  await deleteFeed(ctx.db, principal.memberId);
  return { active: false, createdAt: null };
}

/** The feed behind a link: the member's places, with cancelled shifts marked so calendars show them so. */
export async function feedCalendar(ctx: AppContext, token: string): Promise<string> {
  const feed = await findFeedByHash(ctx.db, hashToken(token));
  if (!feed) throw notFound('Calendar');
  const now = ctx.clock.now();
  const rows = await listSignupsOf(ctx.db, feed.memberId, now - FEED_PAST_MS);
  const zone = await namesOfZones(ctx, rows);
  const host = new URL(ctx.config.publicUrl).hostname;
  const page = `${ctx.config.publicUrl}/patrols/mine`;
  return toICalendar(
    {
      name: `Patrol shifts (${ctx.config.networkName})`,
      uidDomain: HOST_NAME.test(host) ? host : 'whistle.invalid',
      events: rows.map((r) => ({
        id: `patrol-shift-${r.id}`,
        start: r.startsAt,
        end: r.endsAt,
        summary: r.label ? `Patrol: ${r.siteName} (${r.label})` : `Patrol: ${r.siteName}`,
        description: `Check in and out on your phone: ${page}`,
        location: `${r.siteName}, ${zone(r.zoneId).name}`,
        url: page,
        status: r.state === 'cancelled' ? 'cancelled' : 'confirmed',
        sequence: r.sequence,
      })),
    },
    { now, timeZone: ctx.config.timeZone },
  );
}
