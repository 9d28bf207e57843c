import { AdoptionEntity } from './modules/adoptions/adoption.entity.js';
import { ProjectReceiverRollupEntity, ProjectRollupEntity, ProjectYearRollupEntity } from './modules/portfolio/rollup.entities.js';
import { AuditEventEntity } from './modules/audit/audit-event.entity.js';
import { BaselineEntity } from './modules/baselines/baseline.entity.js';
import { BenefitMeasurementEntity } from './modules/benefits/benefit-measurement.entity.js';
import { BenefitTargetEntity } from './modules/benefits/benefit-target.entity.js';
import { BenefitEntity } from './modules/benefits/benefit.entity.js';
import { BudgetLineEntity } from './modules/budget/budget-line.entity.js';
import { CostActualEntity } from './modules/budget/cost-actual.entity.js';
import { MembershipEntity } from './modules/memberships/membership.entity.js';
import { MilestoneEntity } from './modules/milestones/milestone.entity.js';
import { OrganisationEntity } from './modules/organisations/organisation.entity.js';
import { ProgrammeEntity } from './modules/programmes/programme.entity.js';
import { TrackEntity } from './modules/programmes/track.entity.js';
import { ParticipationEntity } from './modules/projects/participation.entity.js';
import { ProjectEntity } from './modules/projects/project.entity.js';
import { StatusReportEntity } from './modules/status-reports/status-report.entity.js';
import { UserEntity } from './modules/users/user.entity.js';
import { AppSettingEntity } from './database/app-setting.entity.js';
import { AttachmentEntity } from './modules/attachments/attachment.entity.js';
import { BenefitForecastEntity } from './modules/benefits/benefit-forecast.entity.js';
import { BenefitReportEntity } from './modules/gates/benefit-report.entity.js';
import { GateDecisionEntity } from './modules/gates/gate-decision.entity.js';
import { NotificationEntity } from './modules/reporting/notification.entity.js';
import { OutboxMailEntity } from './modules/reporting/outbox-mail.entity.js';
import { ReportingRoundEntity } from './modules/reporting/reporting-round.entity.js';
import { ProjectIssueEntity } from './modules/risks/project-issue.entity.js';
import { RiskEntity } from './modules/risks/risk.entity.js';
import { OpenDataSnapshotEntity } from './modules/open-data/open-data-snapshot.entity.js';

/** Every entity, for the one DataSource that serves the app, the tests and the migration CLI. */
export const ALL_ENTITIES = [
  AppSettingEntity,
  ProgrammeEntity,
  TrackEntity,
  OrganisationEntity,
  UserEntity,
  MembershipEntity,
  ProjectEntity,
  ParticipationEntity,
  BudgetLineEntity,
  CostActualEntity,
  BenefitEntity,
  BenefitTargetEntity,
  BenefitMeasurementEntity,
  MilestoneEntity,
  BaselineEntity,
  StatusReportEntity,
  AdoptionEntity,
  ProjectYearRollupEntity,
  ProjectReceiverRollupEntity,
  ProjectRollupEntity,
  RiskEntity,
  ProjectIssueEntity,
  BenefitForecastEntity,
  GateDecisionEntity,
  BenefitReportEntity,
  ReportingRoundEntity,
  OpenDataSnapshotEntity,
  NotificationEntity,
  OutboxMailEntity,
  AttachmentEntity,
  AuditEventEntity,
];
