import type { AppContext } from '../../context';
import { findDemoCampaign } from '../pledges';
import type { NewOrg } from './contract';
import { findOrgByName, insertEndorsement } from './repository';
import { createOrg } from './service';

/** Made-up organisations for the demo network; any likeness to real groups is avoided on purpose. */
const DEMO_ORGS: NewOrg[] = [
  { name: 'Lake Street Neighbours (demo)', kind: 'community', description: 'Rapid-response loop for the blocks around Lake Street.' },
  { name: 'Hotel & Restaurant Workers Local 00 (demo)', kind: 'union_local', description: 'Union local; peacekeepers for marches.' },
  { name: 'Cedar Avenue Masjid Community (demo)', kind: 'faith', description: 'Patrols at prayer times; family support.' },
  { name: 'Volunteer Legal Observers (demo)', kind: 'legal', description: 'Trained legal observers and know-your-rights trainers.' },
];

/** The demo organisations, endorsing the demo campaign (organisations are seeded after campaigns). */
export async function seedDemoOrgs(ctx: AppContext) {
  const existing = await ctx.db.selectFrom('org').select('id').limit(1).execute();
  if (existing.length) return;
  for (const org of DEMO_ORGS) await createOrg(ctx, null, org, { verified: true, demo: true });
  const campaign = await findDemoCampaign(ctx.db);
  if (campaign) await seedDemoEndorsements(ctx, campaign.id);
}

/**
 * The demo organisations endorse a campaign, already verified. Seeding twice adds nothing.
 */
export async function seedDemoEndorsements(ctx: AppContext, campaignId: string) {
  const now = ctx.clock.now();
  for (const { name } of DEMO_ORGS) {
    const org = await findOrgByName(ctx.db, name);
    if (!org) continue;
    await insertEndorsement(ctx.db, {
      id: ctx.ids.next(),
      campaignId,
      orgId: org.id,
      newOrgName: null,
      newOrgKind: null,
      newOrgDescription: null,
      contact: null,
      byMember: 0,
      state: 'verified',
      createdAt: now,
      decidedAt: now,
      decidedBy: null,
      demo: 1,
    });
  }
}
