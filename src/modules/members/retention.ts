import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';

/** Sessions, invites and passkey challenges are deleted this many days after they stopped working. */
export const membersRetention: RetentionRule<Db>[] = [
  {
    kind: 'session',
    purge: async (db, cutoff) => Number((await db.deleteFrom('session').where('expiresAt', '<', cutoff).executeTakeFirst()).numDeletedRows),
  },
  {
    kind: 'invite',
    purge: async (db, cutoff) =>
      Number(
        (
          await db
            .deleteFrom('invite')
            .where((eb) => eb.or([eb('usedAt', '<', cutoff), eb.and([eb('usedAt', 'is', null), eb('expiresAt', '<', cutoff)])]))
            .executeTakeFirst()
        ).numDeletedRows,
      ),
  },
  {
    kind: 'challenge',
    purge: async (db, cutoff) =>
      Number((await db.deleteFrom('webauthnChallenge').where('expiresAt', '<', cutoff).executeTakeFirst()).numDeletedRows),
  },
];
