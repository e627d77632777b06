import type { AppContext } from '../../context';
// Until the tracker's index exports its CSV writer and cell guard (asked for in the issue note).
import { toCsv } from '../../core/csv/csv';
import { guardCell } from '../../core/csv/spreadsheet-safe';
import { notFound } from '../../core/errors';
import type { Principal } from '../../core/roles';
import { audit } from '../audit';
import { zoneNames } from '../zones';
import { findCampaign } from './campaigns-lookup';
import { asksOf, thresholdOptionsOf } from './present';
import { listActivePledges } from './repository';

export const EXPORT_HEADER = [
  'pledged_at',
  'name',
  'kind',
  'state',
  'threshold',
  'asks',
  'workplace',
  'union_local',
  'school',
  'zone',
  'contact',
] as const;

/**
 * The organisers' list of active pledges as CSV. Names are here and nowhere else; a contact only
 * when its signer agreed. Every text cell is guarded against spreadsheet formulas (a name may be
 * `=HYPERLINK(…)`), and the export itself is audited.
 */
export async function exportPledges(ctx: AppContext, actor: Principal, campaignId: string) {
  const campaign = await findCampaign(ctx.db, campaignId);
  if (!campaign) throw notFound('Campaign');
  const pledges = await listActivePledges(ctx.db, campaignId);
  const options = new Map(thresholdOptionsOf(campaign).map((o) => [o.id, `${o.scope} ${o.count}`]));
  const zones = await zoneNames(ctx, [...new Set(pledges.flatMap((p) => (p.zoneId ? [p.zoneId] : [])))]);
  const rows = pledges.map((p) =>
    [
      new Date(p.createdAt).toISOString(),
      p.name,
      p.kind,
      p.state,
      p.thresholdOptionId ? (options.get(p.thresholdOptionId) ?? '') : '',
      asksOf(p.asks).join(' '),
      p.workplace ?? '',
      p.unionLocal ?? '',
      p.school ?? '',
      p.zoneId ? (zones.get(p.zoneId) ?? '') : '',
      p.contactConsent === 1 ? (p.contact ?? '') : '',
    ].map(guardCell),
  );
  await audit(ctx, ctx.db, { actor, action: 'pledges.exported', objectType: 'campaign', objectId: campaignId });
  return { filename: `pledges-${campaignId}.csv`, csv: toCsv([[...EXPORT_HEADER], ...rows]) };
}
