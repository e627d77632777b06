import type { Kysely } from 'kysely';
import type { AuditTables } from './core/audit';
import type { AidTables, RidesTables } from './modules/aid';
import type { AlertsTables } from './modules/alerts/schema';
import type { AssembliesTables } from './modules/assemblies';
import type { BusinessesTables } from './modules/businesses/schema';
import type { DispatchTables } from './modules/dispatch/schema';
import type { ElectionsTables } from './modules/elections';
import type { EventsTables } from './modules/events/schema';
import type { EvidenceTables } from './modules/evidence/schema';
import type { FamiliesTables } from './modules/families';
import type { FundTables } from './modules/fund';
import type { MembersTables } from './modules/members/schema';
import type { OrgsTables } from './modules/orgs/schema';
import type { PatrolsTables, PeacekeepingTables } from './modules/patrols';
import type { PledgesTables } from './modules/pledges/schema';
import type { PushTables } from './modules/push/schema';
import type { ReportsTables } from './modules/reports/schema';
import type { SurveysTables } from './modules/surveys/schema';
import type { TrackerTables } from './modules/tracker/schema';
import type { TrainingsTables } from './modules/trainings';
import type { WebhooksTables } from './modules/webhooks/schema';
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
    PushTables,
    PledgesTables,
    SurveysTables,
    BusinessesTables,
    EventsTables,
    TrackerTables,
    WebhooksTables,
    FamiliesTables,
    AidTables,
    RidesTables,
    FundTables,
    TrainingsTables,
    PatrolsTables,
    PeacekeepingTables,
    ElectionsTables,
    AssembliesTables {}
export type Db = Kysely<Database>;
