import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { invalidField } from '../../common/errors/domain-errors.js';
import {
  deleteVersioned,
  findByIdsInOrder,
  findOrFail,
  insertAndReload,
  updateVersioned,
} from '../../common/persistence/versioned-writes.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ProjectIssueEntity } from './project-issue.entity.js';
import type { AddProjectIssueInput, AddRiskInput, UpdateProjectIssueInput, UpdateRiskInput } from './risk.inputs.js';
import { RiskEntity } from './risk.entity.js';

/** The residual scores go together: both (the risk after mitigation) or neither (not assessed yet). */
function checkResidualPair(row: { residualProbability?: number | null; residualImpact?: number | null }): void {
  if (((row.residualProbability ?? null) === null) !== ((row.residualImpact ?? null) === null)) {
    throw invalidField(
      row.residualProbability == null ? 'input.residualProbability' : 'input.residualImpact',
      'give both residual scores or neither',
    );
  }
}

function checkResolution(row: { status?: string; resolution?: string }): void {
  if (row.status === 'RESOLVED' && !row.resolution?.trim()) throw invalidField('input.resolution', 'must say how the issue was resolved');
}

@Injectable()
export class RisksService {
  constructor(private readonly dataSource: DataSource) {}

  /** Risks by id, in the order given. */
  byIds(ids: string[]): Promise<RiskEntity[]> {
    return findByIdsInOrder(this.dataSource.manager, RiskEntity, ids);
  }

  addRisk(input: AddRiskInput): Promise<RiskEntity> {
    checkResidualPair(input);
    return this.dataSource.transaction(async (m) => {
      await findOrFail(m, ProjectEntity, 'Project', input.projectId);
      return insertAndReload(m, RiskEntity, 'Risk', input);
    });
  }

  updateRisk({ id, version, ...patch }: UpdateRiskInput): Promise<RiskEntity> {
    return this.dataSource.transaction(async (m) => {
      const current = await findOrFail(m, RiskEntity, 'Risk', id);
      checkResidualPair({ ...current, ...patch });
      return updateVersioned(m, RiskEntity, 'Risk', id, version, patch);
    });
  }

  deleteRisk(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, RiskEntity, 'Risk', id, version);
  }

  addIssue(input: AddProjectIssueInput): Promise<ProjectIssueEntity> {
    checkResolution(input);
    return this.dataSource.transaction(async (m) => {
      await findOrFail(m, ProjectEntity, 'Project', input.projectId);
      return insertAndReload(m, ProjectIssueEntity, 'ProjectIssue', input);
    });
  }

  updateIssue({ id, version, ...patch }: UpdateProjectIssueInput): Promise<ProjectIssueEntity> {
    return this.dataSource.transaction(async (m) => {
      const current = await findOrFail(m, ProjectIssueEntity, 'ProjectIssue', id);
      checkResolution({ status: patch.status ?? current.status, resolution: patch.resolution ?? current.resolution });
      return updateVersioned(m, ProjectIssueEntity, 'ProjectIssue', id, version, patch);
    });
  }

  deleteIssue(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, ProjectIssueEntity, 'ProjectIssue', id, version);
  }
}
