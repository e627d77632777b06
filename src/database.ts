import type { Kysely } from 'kysely';
import type { AuditTables } from './core/audit';
import type { MembersTables } from './modules/members/schema';
import type { OrgsTables } from './modules/orgs/schema';
import type { ZonesTables } from './modules/zones/schema';

/** Every table of every module, for Kysely's types. Each module owns and migrates its own. */
export interface Database extends AuditTables, MembersTables, OrgsTables, ZonesTables {}
export type Db = Kysely<Database>;
