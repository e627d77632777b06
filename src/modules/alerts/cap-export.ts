import type { AppContext } from '../../context';
import { zoneOutlines } from '../zones';
import type { CapAlertInput, CapInfo, CapMsgType, CapReference, CapScope } from './cap';
import { capLanguage, capSender, toAtomFeed, toCapXml } from './cap';
import { type Alert, type AlertEvent, LANGS, type Message } from './contract';
import { PHRASES } from './phrases';
import { presentAlerts } from './present';
import { activeAlerts } from './repository';

/**
 * An alert as CAP 1.2: one message standing for where the alert is now. The first message is the
 * Alert (its identifier is the alert's id); each later event is an Update — or the Cancel — whose
 * identifier is the event's id and which references every message before it. Text is the stored
 * wording in all four languages, so CAP says exactly what the page and the live message said.
 */

const ENDED = new Set<Alert['state']>(['all_clear', 'cancelled', 'expired']);

/** The messages this alert has been through: the Alert, then each event after it. */
function messagesOf(alert: Alert): { identifier: string; sent: number; event: AlertEvent }[] {
  return alert.events.map((event, i) => ({ identifier: i === 0 ? alert.id : event.id, sent: event.at, event }));
}

const withNote = (text: string, note: string) => (note ? `${text}\n\n${note}` : text);

function infoFor(ctx: AppContext, alert: Alert, latest: AlertEvent, lang: (typeof LANGS)[number]): CapInfo {
  const ended = ENDED.has(alert.state) || alert.expiresAt <= ctx.clock.now();
  const original: Message = alert.messages[lang];
  const now: Message = latest.messages[lang];
  const first = latest.kind === 'sent';
  const description = first
    ? withNote(original.body, alert.note)
    : `${withNote(now.body, latest.note)}\n\n${original.headline}. ${withNote(original.body, alert.note)}`;
  return {
    language: capLanguage(lang),
    categories: ['Safety'],
    event: PHRASES[lang].capEvent,
    responseTypes: [alert.state === 'all_clear' ? 'AllClear' : ended ? 'None' : 'Monitor'],
    urgency: ended ? 'Past' : 'Immediate',
    severity: 'Moderate',
    // A verifier confirmed it before it was sent (R-BCAST-1).
    certainty: 'Observed',
    onset: alert.seenAt,
    expires: alert.expiresAt,
    senderName: `Whistle ${ctx.config.networkName}`,
    headline: first ? original.headline : now.headline,
    description,
    instruction: (first ? original.instruction : now.instruction) || undefined,
    web: `${ctx.config.publicUrl}/alerts/${alert.id}`,
  };
}

/** The alert's current CAP message; `scope` says who may see it. */
export async function alertToCap(ctx: AppContext, alert: Alert, scope: CapScope): Promise<string> {
  const sender = capSender(ctx.config.publicUrl);
  const messages = messagesOf(alert);
  const latest = messages.at(-1);
  if (!latest) throw new Error(`Alert ${alert.id} was never sent`);
  const references: CapReference[] = messages.slice(0, -1).map((m) => ({ sender, identifier: m.identifier, sent: m.sent }));
  const msgType: CapMsgType = latest.event.kind === 'cancelled' ? 'Cancel' : references.length ? 'Update' : 'Alert';
  const outlines = await zoneOutlines(
    ctx,
    alert.zones.map((z) => z.id),
  );
  const input: CapAlertInput = {
    ...scope,
    identifier: latest.identifier,
    sender,
    sent: latest.sent,
    status: ctx.config.demo ? 'Exercise' : 'Actual',
    msgType,
    references,
    incidents: [alert.reportId],
    infos: LANGS.map((lang) => infoFor(ctx, alert, latest.event, lang)),
    areas: alert.zones.map((z) => ({ areaDesc: z.name, rings: outlines.get(z.id) ?? [] })),
    timeZone: ctx.config.timeZone,
  };
  return toCapXml(input);
}

export const MEMBERS_ONLY: CapScope = { scope: 'Restricted', restriction: 'Members of this Whistle network' };

/** Every active alert in the network (for the public feed, when the network has switched it on). */
export async function listActiveAlerts(ctx: AppContext): Promise<Alert[]> {
  return presentAlerts(ctx, await activeAlerts(ctx.db, ctx.clock.now()));
}

export function publicFeed(ctx: AppContext, alerts: readonly Alert[]): string {
  const base = ctx.config.publicUrl;
  const updatedOf = (a: Alert) => a.events.at(-1)?.at ?? a.createdAt;
  return toAtomFeed({
    title: `Whistle ${ctx.config.networkName}: active alerts`,
    selfUrl: `${base}/api/alerts/feed.atom`,
    siteUrl: base,
    author: `Whistle ${ctx.config.networkName}`,
    updated: Math.max(0, ...alerts.map(updatedOf)) || ctx.clock.now(),
    timeZone: ctx.config.timeZone,
    entries: alerts.map((a) => ({
      id: a.id,
      title: a.events.at(-1)?.messages.en.headline ?? a.messages.en.headline,
      summary: a.messages.en.body,
      published: a.sentAt ?? a.createdAt,
      updated: updatedOf(a),
      capUrl: `${base}/api/alerts/feed/${a.id}`,
      pageUrl: `${base}/alerts/${a.id}`,
    })),
  });
}
