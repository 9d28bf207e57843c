import type { EntityManager } from 'typeorm';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { BenefitMeasurementEntity } from '../benefits/benefit-measurement.entity.js';
import { BenefitTargetEntity } from '../benefits/benefit-target.entity.js';
import { BenefitEntity } from '../benefits/benefit.entity.js';
import { BudgetLineEntity } from '../budget/budget-line.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { TrackEntity } from '../programmes/track.entity.js';
import { ParticipationEntity } from '../projects/participation.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';

/** What the database holds that an import file may refer to or update, read in one snapshot. */
export interface ImportState {
  programme: ProgrammeEntity;
  tracks: TrackEntity[];
  organisations: OrganisationEntity[];
  projects: ProjectEntity[];
  participations: ParticipationEntity[];
  budgetLines: BudgetLineEntity[];
  benefits: BenefitEntity[];
  targets: BenefitTargetEntity[];
  measurements: BenefitMeasurementEntity[];
}

/**
 * Loads the programme, its tracks, all organisations, its projects, and the children of the projects
 * the file names (one statement per table, whatever the file's size).
 */
export async function loadImportState(manager: EntityManager, programmeId: string, projectCodes: Set<string>): Promise<ImportState> {
  const programme = await findOrFail(manager, ProgrammeEntity, 'Programme', programmeId);
  // One after another: a transaction has one connection, and pg refuses overlapping queries on it.
  const tracks = await manager.find(TrackEntity, { where: { programmeId } });
  const organisations = await manager.find(OrganisationEntity);
  const projects = await manager.find(ProjectEntity, { where: { programmeId } });
  const ids = projects.filter((p) => projectCodes.has(p.code)).map((p) => p.id);
  const ofProjects = <T extends object>(entity: new () => T) =>
    manager.createQueryBuilder(entity, 'row').where('row.projectId = ANY(:ids)', { ids }).getMany();
  const participations = await ofProjects(ParticipationEntity);
  const budgetLines = await ofProjects(BudgetLineEntity);
  const benefits = await ofProjects(BenefitEntity);
  const benefitIds = benefits.map((b) => b.id);
  const ofBenefits = <T extends object>(entity: new () => T) =>
    manager.createQueryBuilder(entity, 'row').where('row.benefitId = ANY(:benefitIds)', { benefitIds }).getMany();
  const targets = await ofBenefits(BenefitTargetEntity);
  const measurements = await ofBenefits(BenefitMeasurementEntity);
  return { programme, tracks, organisations, projects, participations, budgetLines, benefits, targets, measurements };
}
