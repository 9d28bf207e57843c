import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppSettingEntity } from '../../database/app-setting.entity.js';
import { AdoptionEntity } from '../../modules/adoptions/adoption.entity.js';
import { BaselineEntity } from '../../modules/baselines/baseline.entity.js';
import { BenefitMeasurementEntity } from '../../modules/benefits/benefit-measurement.entity.js';
import { BenefitTargetEntity } from '../../modules/benefits/benefit-target.entity.js';
import { BenefitEntity } from '../../modules/benefits/benefit.entity.js';
import { BudgetLineEntity } from '../../modules/budget/budget-line.entity.js';
import { CostActualEntity } from '../../modules/budget/cost-actual.entity.js';
import { MilestoneEntity } from '../../modules/milestones/milestone.entity.js';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity.js';
import { ProgrammeEntity } from '../../modules/programmes/programme.entity.js';
import { TrackEntity } from '../../modules/programmes/track.entity.js';
import { ParticipationEntity } from '../../modules/projects/participation.entity.js';
import { ProjectEntity } from '../../modules/projects/project.entity.js';
import { StatusReportEntity } from '../../modules/status-reports/status-report.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { MembershipEntity } from '../../modules/memberships/membership.entity.js';
import { hashPassword } from '../../modules/users/users.service.js';
import { buildDemoPortfolio, type DemoPortfolio } from './demo-portfolio.js';
import { BenefitForecastEntity } from '../../modules/benefits/benefit-forecast.entity.js';
import { GateDecisionEntity } from '../../modules/gates/gate-decision.entity.js';
import { ReportingRoundEntity } from '../../modules/reporting/reporting-round.entity.js';
import { ProjectIssueEntity } from '../../modules/risks/project-issue.entity.js';
import { RiskEntity } from '../../modules/risks/risk.entity.js';

export const DEMO_MARKER_KEY = 'demo_portfolio_loaded_at';
export const DEMO_PASSWORD = 'tvaers-demo';

async function insertAll<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: object[]): Promise<void> {
  // Multi-row INSERTs in chunks: well below PostgreSQL's 65,535 bind parameters per statement.
  for (let i = 0; i < rows.length; i += 500) await manager.insert(entity, rows.slice(i, i + 500) as never);
}

/**
 * Inserts the demo portfolio inside the caller's transaction. Seeding runs as the schema owner and
 * switches the row audit off for this transaction; one SEED event records it in the chain instead.
 */
export async function insertDemoPortfolio(manager: EntityManager, demo: DemoPortfolio = buildDemoPortfolio()): Promise<void> {
  await manager.query(`SELECT set_config('tvaers.seeding', 'on', true)`);
  const passwordHashes = await Promise.all(demo.users.map(() => hashPassword(DEMO_PASSWORD)));
  await insertAll(manager, OrganisationEntity, demo.organisations);
  await insertAll(
    manager,
    UserEntity,
    demo.users.map((u, i) => ({ ...u, passwordHash: passwordHashes[i] })),
  );
  await insertAll(manager, ProgrammeEntity, demo.programmes);
  await insertAll(manager, MembershipEntity, demo.memberships);
  await insertAll(manager, TrackEntity, demo.tracks);
  await insertAll(manager, ProjectEntity, demo.projects);
  await insertAll(manager, ParticipationEntity, demo.participations);
  await insertAll(manager, BudgetLineEntity, demo.budgetLines);
  await insertAll(manager, CostActualEntity, demo.costActuals);
  await insertAll(manager, BenefitEntity, demo.benefits);
  await insertAll(manager, BenefitTargetEntity, demo.benefitTargets);
  await insertAll(manager, BenefitMeasurementEntity, demo.measurements);
  await insertAll(manager, MilestoneEntity, demo.milestones);
  await insertAll(manager, BaselineEntity, demo.baselines);
  await insertAll(manager, StatusReportEntity, demo.statusReports);
  await insertAll(manager, AdoptionEntity, demo.adoptions);
  await insertAll(manager, RiskEntity, demo.governance.risks);
  await insertAll(manager, ProjectIssueEntity, demo.governance.issues);
  await insertAll(manager, GateDecisionEntity, demo.governance.gateDecisions);
  await insertAll(manager, BenefitForecastEntity, demo.governance.benefitForecasts);
  await insertAll(manager, ReportingRoundEntity, demo.governance.reportingRounds);
  await manager.query(`SELECT set_config('tvaers.seeding', 'off', true)`);
  await manager.query(`SELECT audit_append('SEED', 'demo_portfolio', NULL, NULL, $1::jsonb)`, [
    JSON.stringify({ programmes: demo.programmes.length, projects: demo.projects.length, users: demo.users.length }),
  ]);
}

/**
 * Loads the demo portfolio in one transaction, unless it was loaded before (a marker row records that,
 * so deleting demo projects later does not bring them back on the next start).
 */
export async function loadDemoPortfolioOnce(dataSource: DataSource): Promise<{ programmes: number; projects: number } | undefined> {
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent starts against the same database.
    await manager.query('SELECT pg_advisory_xact_lock(4711)');
    // Only into a database that never had it and holds no programme (a restored backup stays as it was).
    if (await manager.exists(AppSettingEntity, { where: { key: DEMO_MARKER_KEY } })) return undefined;
    if ((await manager.query('SELECT EXISTS (SELECT 1 FROM programmes) AS any'))[0].any) return undefined;
    const demo = buildDemoPortfolio();
    await insertDemoPortfolio(manager, demo);
    await manager.insert(AppSettingEntity, { key: DEMO_MARKER_KEY, value: new Date().toISOString() });
    return { programmes: demo.programmes.length, projects: demo.projects.length };
  });
}
