import { Initial1795466216758 } from './1795466216758-Initial.js';
import { StatusReportReturnReason1795469731767 } from './1795469731767-StatusReportReturnReason.js';
import { ProgrammeFundOrganisation1795477395871 } from './1795477395871-ProgrammeFundOrganisation.js';
import { AuditChainRolesAndRowSecurity1795480000000 } from './1795480000000-AuditChainRolesAndRowSecurity.js';
import { AuditChainHead1795490000001 } from './1795490000001-AuditChainHead.js';
import { EntryBoundsAndLoginThrottle1795500000000 } from './1795500000000-EntryBoundsAndLoginThrottle.js';
import { ProgrammeMemberships1795510000000 } from './1795510000000-ProgrammeMemberships.js';
import { SignInSessions1795520000000 } from './1795520000000-SignInSessions.js';
import { Governance1795530000000 } from './1795530000000-Governance.js';
import { MeasurementConfirmation1795540000000 } from './1795540000000-MeasurementConfirmation.js';
import { BenefitProcess1795550000000 } from './1795550000000-BenefitProcess.js';
import { RowSecurityBySemiJoin1795560000000 } from './1795560000000-RowSecurityBySemiJoin.js';
import { ThreePointEstimates1795570000000 } from './1795570000000-ThreePointEstimates.js';
import { AdoptionDrivenBenefits1795580000000 } from './1795580000000-AdoptionDrivenBenefits.js';
import { OpenDataSnapshots1795590000000 } from './1795590000000-OpenDataSnapshots.js';
import { PortfolioRollups1795600000000 } from './1795600000000-PortfolioRollups.js';
import { ProgrammeScopedRows1795610000000 } from './1795610000000-ProgrammeScopedRows.js';
import { SignedInUserLookup1795620000000 } from './1795620000000-SignedInUserLookup.js';
import { SignedInUserChanges1795630000000 } from './1795630000000-SignedInUserChanges.js';
import { UserLanguage1796233274908 } from './1796233274908-UserLanguage.js';
import { AuditCheckpoints1796300000000 } from './1796300000000-AuditCheckpoints.js';
import { AuditPersonalData1796310000000 } from './1796310000000-AuditPersonalData.js';
import { ProgrammeArchiveAndTrackOrder1796320000000 } from './1796320000000-ProgrammeArchiveAndTrackOrder.js';
import { ExactDiscounting1796330000000 } from './1796330000000-ExactDiscounting.js';
import { SessionProgrammesView1796340000000 } from './1796340000000-SessionProgrammesView.js';

// Migrations in the order they run. Listed explicitly (not globbed) so the same list works compiled,
// under Jest and from the TypeORM CLI.
export const ALL_MIGRATIONS: Function[] = [
  Initial1795466216758,
  StatusReportReturnReason1795469731767,
  ProgrammeFundOrganisation1795477395871,
  AuditChainRolesAndRowSecurity1795480000000,
  AuditChainHead1795490000001,
  EntryBoundsAndLoginThrottle1795500000000,
  ProgrammeMemberships1795510000000,
  SignInSessions1795520000000,
  Governance1795530000000,
  MeasurementConfirmation1795540000000,
  BenefitProcess1795550000000,
  RowSecurityBySemiJoin1795560000000,
  ThreePointEstimates1795570000000,
  AdoptionDrivenBenefits1795580000000,
  OpenDataSnapshots1795590000000,
  PortfolioRollups1795600000000,
  ProgrammeScopedRows1795610000000,
  SignedInUserLookup1795620000000,
  SignedInUserChanges1795630000000,
  UserLanguage1796233274908,
  AuditCheckpoints1796300000000,
  AuditPersonalData1796310000000,
  ProgrammeArchiveAndTrackOrder1796320000000,
  ExactDiscounting1796330000000,
  SessionProgrammesView1796340000000,
];
