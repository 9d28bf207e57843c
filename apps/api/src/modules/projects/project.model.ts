import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommonComponent, LifeEvent, ParticipationRole, ProjectPhase } from '@tvaers/domain';
import { ConnectionType } from '../../common/graphql/connection.js';
import { CommonComponentEnum, LifeEventEnum, ParticipationRoleEnum, ProjectPhaseEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import type { ParticipationEntity } from './participation.entity.js';
import type { ProjectEntity } from './project.entity.js';

@ObjectType('Project', { description: 'A jointly funded project with its business case.' })
export class ProjectModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) programmeId!: string;
  @Field({ description: 'Unique within the programme, e.g. "FDS-07".' }) code!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => ProjectPhaseEnum) phase!: ProjectPhase;
  @Field(() => LocalDateScalar, { nullable: true }) plannedStart!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) plannedEnd!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) forecastStart!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) forecastEnd!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualStart!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualEnd!: string | null;
  @Field(() => [LifeEventEnum]) lifeEvents!: LifeEvent[];
  @Field(() => [CommonComponentEnum]) commonComponents!: CommonComponent[];
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  /** Not exposed: used by the `track` field resolver. */
  trackId!: string | null;

  static from(e: ProjectEntity): ProjectModel {
    return Object.assign(new ProjectModel(), {
      id: e.id,
      programmeId: e.programmeId,
      trackId: e.trackId,
      code: e.code,
      title: e.title,
      description: e.description,
      phase: e.phase as ProjectPhase,
      plannedStart: e.plannedStart,
      plannedEnd: e.plannedEnd,
      forecastStart: e.forecastStart,
      forecastEnd: e.forecastEnd,
      actualStart: e.actualStart,
      actualEnd: e.actualEnd,
      lifeEvents: e.lifeEvents as LifeEvent[],
      commonComponents: e.commonComponents as CommonComponent[],
      version: e.version,
      updatedAt: e.updatedAt,
    });
  }
}

export const ProjectConnection = ConnectionType(ProjectModel, 'Project');

@ObjectType('Participation', { description: 'An organisation taking part in a project, with its roles.' })
export class ParticipationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => [ParticipationRoleEnum]) roles!: ParticipationRole[];
  @Field(() => Int) version!: number;
  /** Not exposed: used by the `organisation` field resolver. */
  organisationId!: string;

  static from(e: ParticipationEntity): ParticipationModel {
    return Object.assign(new ParticipationModel(), {
      id: e.id,
      projectId: e.projectId,
      organisationId: e.organisationId,
      roles: e.roles as ParticipationRole[],
      version: e.version,
    });
  }
}
