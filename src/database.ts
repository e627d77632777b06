import type { Kysely } from 'kysely';
import type { AuditTables } from './core/audit';
import type { AlertsTables } from './modules/alerts/schema';
import type { DispatchTables } from './modules/dispatch/schema';
import type { EvidenceTables } from './modules/evidence/schema';
import type { MembersTables } from './modules/members/schema';
import type { OrgsTables } from './modules/orgs/schema';
import type { PushTables } from './modules/push/schema';
import type { ReportsTables } from './modules/reports/schema';
import type { ZonesTables } from './modules/zones/schema';

/** Every table of every module, for Kysely's types. Each module owns and migrates its own. */
export interface Database
  extends AuditTables,
    MembersTables,
    OrgsTables,
    ZonesTables,
    ReportsTables,
    AlertsTables,
    DispatchTables,
    EvidenceTables,
    PushTables {}
export type Db = Kysely<Database>;
