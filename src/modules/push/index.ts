import type { AppModule } from '../../context';
import type { RetentionRule } from '../../core/retention';
import type { Db } from '../../database';
import { stopPush } from './delivery';
import { pushMigrations } from './migrations';
import { deleteSubscriptionsIdleSince } from './repository';
import { pushRoutes } from './routes';

export { configurePushTransport, flushPush, notifyMembers, type PushMessage } from './delivery';
export type { PushTables } from './schema';

const retention: RetentionRule<Db>[] = [{ kind: 'push_subscription', purge: deleteSubscriptionsIdleSince }];

export const pushModule: AppModule = {
  name: 'push',
  migrations: pushMigrations,
  routes: pushRoutes,
  retention,
  start: (ctx) => () => stopPush(ctx),
};
