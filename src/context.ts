import type { Bus } from './core/bus/bus';
import type { Clock } from './core/clock';
import type { Config } from './core/config';
import type { Dialect } from './core/db/database';
import type { RateLimit } from './core/http/rate-limit';
import type { Ids } from './core/ids';
import type { Logger } from './core/log';
import type { WhistleModule } from './core/module';
import type { Db } from './database';

/** What every service receives: the database and the injectable parts of the world. */
export interface AppContext {
  config: Config;
  db: Db;
  dialect: Dialect;
  clock: Clock;
  ids: Ids;
  log: Logger;
  bus: Bus;
  rateLimit: RateLimit;
}

export type AppModule = WhistleModule<AppContext>;
