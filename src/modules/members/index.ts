import type { AppModule } from '../../context';
import { membersMigrations } from './migrations';
import { membersRetention } from './retention';
import { membersRoutes } from './routes';
import { seedDemoMembers } from './demo';

export { createMember } from './service';
export { resolveSession, startSession } from './sessions';
export { ensureSetupInvite } from './invites';
export type { MembersTables } from './schema';

export const membersModule: AppModule = {
  name: 'members',
  migrations: membersMigrations,
  routes: membersRoutes,
  retention: membersRetention,
  seedDemo: seedDemoMembers,
};
