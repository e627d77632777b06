import type { AppContext } from '../../context';
import { forbidden } from '../../core/errors';
import type { Principal, Role } from '../../core/roles';
import { audit } from '../audit';
import { countMembers, findMember, rolesOf } from './repository';
import { createMember } from './service';
import { startSession } from './sessions';

/** Made-up people for the demo network. Their names say "demo" wherever they appear. */
export const DEMO_MEMBERS: { displayName: string; roles: Role[]; languages: string[]; trusted: boolean }[] = [
  { displayName: 'Ayaan (demo organiser)', roles: ['organiser', 'treasurer'], languages: ['so', 'en'], trusted: true },
  { displayName: 'Marisol (demo verifier)', roles: ['verifier', 'dispatcher'], languages: ['es', 'en'], trusted: true },
  { displayName: 'Tou (demo responder)', roles: ['responder'], languages: ['hmn', 'en'], trusted: true },
  { displayName: 'Grace (demo caseworker)', roles: ['caseworker', 'treasurer'], languages: ['en'], trusted: true },
  // A payout needs two treasurers other than whoever asked for it: Grace asks, Ayaan and Hodan approve.
  { displayName: 'Hodan (demo treasurer)', roles: ['treasurer'], languages: ['so', 'en'], trusted: true },
  { displayName: 'Sam (demo new member)', roles: [], languages: ['en'], trusted: false },
];

export async function seedDemoMembers(ctx: AppContext) {
  if ((await countMembers(ctx.db)) > 0) return;
  await ctx.db.transaction().execute(async (tx) => {
    for (const m of DEMO_MEMBERS) await createMember(ctx, { ...m, demo: true }, tx);
  });
}

export async function listDemoMembers(ctx: AppContext) {
  if (!ctx.config.demo) return { enabled: false, members: [] };
  const rows = await ctx.db
    .selectFrom('member')
    .selectAll()
    .where('demo', '=', 1)
    .where('disabledAt', 'is', null)
    .orderBy('createdAt')
    .execute();
  const members = await Promise.all(
    rows.map(async (m) => ({ id: m.id, displayName: m.displayName, roles: (await rolesOf(ctx.db, m.id)) as Role[] })),
  );
  return { enabled: true, members };
}

/** Demo sign-in works only for demo members and only while the demo is switched on (WHISTLE_DEMO). */
export async function demoSignIn(ctx: AppContext, memberId: string) {
  const member = await findMember(ctx.db, memberId);
  if (!ctx.config.demo || !member || member.demo !== 1 || member.disabledAt !== null) {
    throw forbidden('Demo sign-in is not available for this member.', 'demo_disabled');
  }
  return ctx.db.transaction().execute(async (tx) => {
    const session = await startSession(ctx, member.id, tx);
    const roles = (await rolesOf(tx, member.id)) as Role[];
    await audit(ctx, tx, {
      actor: { memberId: member.id, roles },
      action: 'session.demo_signed_in',
      objectType: 'member',
      objectId: member.id,
    });
    return { memberId: member.id, session };
  });
}

/**
 * A demo member acting, for other modules' demo data (watched zones, duty). The name is the start of
 * a DEMO_MEMBERS display name, e.g. 'Tou'. Null when the demo members were not seeded.
 */
export async function demoPrincipal(ctx: AppContext, name: string): Promise<Principal | null> {
  const member = await ctx.db
    .selectFrom('member')
    .select(['id', 'trustedAt'])
    .where('demo', '=', 1)
    .where('displayName', 'like', `${name} (demo%`)
    .executeTakeFirst();
  if (!member) return null;
  return {
    memberId: member.id,
    sessionId: 'demo-seed',
    roles: (await rolesOf(ctx.db, member.id)) as Role[],
    trusted: member.trustedAt !== null,
  };
}
