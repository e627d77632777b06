import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { groupKey } from './counts';

/** Campaigns that ended before the cutoff. */
const endedBefore = (db: Db, cutoff: number) => db.selectFrom('campaign').select('id').where('endsAt', '<', cutoff);

/**
 * `pledge_contact`: contacts are for reminders, so they go a few days after the campaign ends even if
 * nobody closed it (closing drops them at once).
 */
async function purgeContacts(db: Db, cutoff: number): Promise<number> {
  const r = await db
    .updateTable('pledge')
    .set({ contact: null, contactConsent: 0 })
    .where('contact', 'is not', null)
    .where('campaignId', 'in', endedBefore(db, cutoff))
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * `pledge`: later the pledges themselves go (names, workplaces, union locals, schools), with the
 * threshold groups named after workplaces and union locals. The campaign's counts stay.
 */
async function purgePledges(db: Db, cutoff: number): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const r = await tx.deleteFrom('pledge').where('campaignId', 'in', endedBefore(tx, cutoff)).executeTakeFirst();
    await tx.deleteFrom('pledgeTrigger').where('campaignId', 'in', endedBefore(tx, cutoff)).execute();
    await tx
      .deleteFrom('pledgeCount')
      .where('campaignId', 'in', endedBefore(tx, cutoff))
      .where((eb) => eb.or([eb('key', 'like', groupKey('workplace', '%')), eb('key', 'like', groupKey('union_local', '%'))]))
      .execute();
    return Number(r.numDeletedRows);
  });
}

export const pledgesRetention: RetentionRule<Db>[] = [
  { kind: 'pledge_contact', purge: purgeContacts },
  { kind: 'pledge', purge: purgePledges },
];
