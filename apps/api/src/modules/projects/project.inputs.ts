import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  COMMON_COMPONENTS,
  LIFE_EVENTS,
  PARTICIPATION_ROLES,
  PROJECT_PHASES,
  SECTORS,
  type CommonComponent,
  type LifeEvent,
  type ParticipationRole,
  type ProjectPhase,
  type Sector,
} from '@tvaers/domain';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { CommonComponentEnum, LifeEventEnum, ParticipationRoleEnum, ProjectPhaseEnum, SectorEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';

/** A project code; the import checks its rows with the same rule. */
export const PROJECT_CODE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;
export const PROJECT_CODE_MESSAGE = 'must be 1–20 capital letters, digits or dashes, e.g. "FDS-07"';
const uuid = { message: 'must be a UUID' };

@InputType({ isAbstract: true })
abstract class ProjectFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', uuid) trackId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() plannedStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() plannedEnd?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() forecastStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() forecastEnd?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() actualStart?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() actualEnd?: string | null;
  @Field(() => [LifeEventEnum], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsIn(LIFE_EVENTS, { each: true })
  lifeEvents?: LifeEvent[];
  @Field(() => [CommonComponentEnum], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsIn(COMMON_COMPONENTS, { each: true })
  commonComponents?: CommonComponent[];
}

@InputType()
export class CreateProjectInput extends ProjectFields {
  @Field(() => ID) @IsUUID('all', uuid) programmeId!: string;
  @Field() @Matches(PROJECT_CODE, { message: PROJECT_CODE_MESSAGE }) code!: string;
  @Field() @IsString() @Length(3, 300) title!: string;
  @Field(() => ProjectPhaseEnum, { nullable: true, description: 'Defaults to PROPOSED.' })
  @IsOptional()
  @IsIn(PROJECT_PHASES)
  phase?: ProjectPhase;
}

@InputType()
export class UpdateProjectInput extends ProjectFields {
  @Field(() => ID) @IsUUID('all', uuid) id!: string;
  @Field(() => Int, { description: 'The version you read; if someone saved since, the update fails with CONFLICT.' })
  @IsInt()
  @Min(1)
  version!: number;
  @Field({ nullable: true }) @IsOptional() @Matches(PROJECT_CODE, { message: PROJECT_CODE_MESSAGE }) code?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(3, 300) title?: string;
  @Field(() => ProjectPhaseEnum, { nullable: true, description: 'Only the current phase is accepted: a phase changes through decideGate.' })
  @IsOptional()
  @IsIn(PROJECT_PHASES)
  phase?: ProjectPhase;
}

@InputType({ description: 'All given criteria must hold; within a list, any value matches.' })
export class ProjectFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true, ...uuid }) trackIds?: string[];
  @Field(() => [ProjectPhaseEnum], { nullable: true }) @IsOptional() @IsIn(PROJECT_PHASES, { each: true }) phases?: ProjectPhase[];
  @Field(() => [SectorEnum], { nullable: true, description: 'Projects with at least one partner in one of these sectors.' })
  @IsOptional()
  @IsIn(SECTORS, { each: true })
  partnerSectors?: Sector[];
  @Field(() => ID, { nullable: true, description: 'Projects in which this organisation takes part.' })
  @IsOptional()
  @IsUUID('all', uuid)
  organisationId?: string;
  @Field(() => [LifeEventEnum], { nullable: true }) @IsOptional() @IsIn(LIFE_EVENTS, { each: true }) lifeEvents?: LifeEvent[];
  @Field(() => [CommonComponentEnum], { nullable: true })
  @IsOptional()
  @IsIn(COMMON_COMPONENTS, { each: true })
  commonComponents?: CommonComponent[];
  @Field({ nullable: true, description: 'Free text, matched against code, title and description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

export enum ProjectSortField {
  CODE = 'CODE',
  TITLE = 'TITLE',
  PHASE = 'PHASE',
  PLANNED_START = 'PLANNED_START',
  PLANNED_END = 'PLANNED_END',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ProjectSortField, { name: 'ProjectSortField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class ProjectOrder {
  @Field(() => ProjectSortField, { defaultValue: ProjectSortField.CODE }) @IsIn(Object.values(ProjectSortField)) field!: ProjectSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) @IsIn(Object.values(SortDirection)) direction!: SortDirection;
}

@InputType()
export class AddParticipationInput {
  @Field(() => ID) @IsUUID('all', uuid) projectId!: string;
  @Field(() => ID) @IsUUID('all', uuid) organisationId!: string;
  @Field(() => [ParticipationRoleEnum])
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsIn(PARTICIPATION_ROLES, { each: true })
  roles!: ParticipationRole[];
}

@InputType()
export class UpdateParticipationInput extends VersionedUpdateInput {
  @Field(() => [ParticipationRoleEnum])
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsIn(PARTICIPATION_ROLES, { each: true })
  roles!: ParticipationRole[];
}

export const PAGE_SIZE_MAX = 100;
