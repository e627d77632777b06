import type { AppModule } from '../../context';
import { seedDemoMembers } from './demo';
import { membersMigrations } from './migrations';
import { membersRetention } from './retention';
import { membersRoutes } from './routes';

export { demoPrincipal } from './demo';
export { ensureSetupInvite } from './invites';
export { activeHoldersOf, displayNamesOf, roleHoldersOf, trustedMembersOf } from './repository';
export type { MembersTables } from './schema';
export { createMember } from './service';
export { resolveSession, startSession } from './sessions';

export const membersModule: AppModule = {
  name: 'members',
  migrations: membersMigrations,
  routes: membersRoutes,
  retention: membersRetention,
  seedDemo: seedDemoMembers,
};
