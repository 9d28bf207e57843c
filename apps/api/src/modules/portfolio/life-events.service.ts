import { Injectable } from '@nestjs/common';
import { type CommonComponent, Decimal, LIFE_EVENTS, type LifeEvent } from '@tvaers/domain';
import { DataSource } from 'typeorm';
import { moneyOutput } from '../../common/graphql/decimal-output.js';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import type { ProjectFilter } from '../projects/project.inputs.js';
import type { LifeEventFiguresModel, LifeEventProjectModel } from './life-events.model.js';
import { scopeParameters } from '../projects/project-scope.js';
import { LIFE_EVENTS_SQL } from './portfolio.sql.js';

interface LifeEventRow {
  life_event: LifeEvent;
  projects: LifeEventProjectModel[];
  budget: string;
  planned_benefit: string;
  realised_benefit: string;
  planned_hours: string;
  hours_saved: string;
  common_components: CommonComponent[];
}

@Injectable()
export class LifeEventsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every life event in the fixed order, the ones no project serves included (with zeros). */
  async figures(programmeId: string, filter?: ProjectFilter): Promise<LifeEventFiguresModel[]> {
    await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', programmeId);
    const rows: LifeEventRow[] = await this.dataSource.query(LIFE_EVENTS_SQL, [programmeId, null, ...scopeParameters(filter)]);
    const byEvent = new Map(rows.map((r) => [r.life_event, r]));
    return LIFE_EVENTS.map((lifeEvent) => {
      const row = byEvent.get(lifeEvent);
      return {
        lifeEvent,
        projects: row?.projects ?? [],
        projectCount: row?.projects.length ?? 0,
        budget: moneyOutput(row?.budget ?? '0'),
        plannedBenefit: moneyOutput(row?.planned_benefit ?? '0'),
        realisedBenefit: moneyOutput(row?.realised_benefit ?? '0'),
        plannedHours: new Decimal(row?.planned_hours ?? '0').toFixed(),
        hoursSaved: new Decimal(row?.hours_saved ?? '0').toFixed(),
        commonComponents: row?.common_components ?? [],
      };
    });
  }
}
