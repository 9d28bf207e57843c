import 'reflect-metadata';
import { getMetadataArgsStorage } from 'typeorm';
import { writeScopeOf } from '../auth/write-scope.js';
import { VersionedEntity } from '../database/versioned.entity.js';
import { ALL_ENTITIES } from '../entities.js';

// Who may write a row depends on where the row belongs (auth/write-scope.ts). Each written entity says
// so itself (@WrittenWithin); this lists them, so that a new table cannot be written without a decision.

const tableOf = (entity: object) => getMetadataArgsStorage().tables.find((t) => t.target === entity)?.name;

describe('every written entity declares where its rows belong', () => {
  it('declares the scope its rows have', () => {
    const scopes = Object.fromEntries(
      ALL_ENTITIES.filter((entity) => entity.prototype instanceof VersionedEntity || tableOf(entity) === 'attachments').map((entity) => [
        tableOf(entity),
        writeScopeOf(entity),
      ]),
    );
    expect(scopes).toEqual({
      programmes: 'programme',
      tracks: 'programmeChild',
      memberships: 'programmeChild',
      reporting_rounds: 'programmeChild',
      open_data_snapshots: 'programmeChild',
      organisations: 'shared',
      users: 'shared',
      projects: 'project',
      participations: 'projectChild',
      budget_lines: 'projectChild',
      cost_actuals: 'projectChild',
      benefits: 'projectChild',
      milestones: 'projectChild',
      baselines: 'projectChild',
      status_reports: 'projectChild',
      adoptions: 'projectChild',
      risks: 'projectChild',
      project_issues: 'projectChild',
      gate_decisions: 'projectChild',
      benefit_reports: 'projectChild',
      attachments: 'projectChild',
      benefit_targets: 'benefitChild',
      benefit_forecasts: 'benefitChild',
      benefit_measurements: 'benefitChild',
    });
  });
});
