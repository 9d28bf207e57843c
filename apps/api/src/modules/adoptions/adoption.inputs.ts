import { Field, ID, InputType } from '@nestjs/graphql';
import { ADOPTION_STATES, type AdoptionState } from '@tvaers/domain';
import { Allow, IsIn, IsOptional, IsUUID } from 'class-validator';
import { VersionedUpdateInput } from '../../common/graphql/common-types.js';
import { AdoptionStateEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';

@InputType()
export class AddAdoptionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) projectId!: string;
  @Field(() => ID, { description: 'An organisation the project targets, e.g. a municipality.' })
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId!: string;
  @Field(() => AdoptionStateEnum, { defaultValue: 'NOT_STARTED' }) @IsIn(ADOPTION_STATES) state!: AdoptionState;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Required when state is LIVE.' }) @Allow() liveDate?: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When the organisation plans to go live (drives adoption-driven benefits).',
  })
  @Allow()
  plannedLiveDate?: string | null;
}

@InputType()
export class UpdateAdoptionInput extends VersionedUpdateInput {
  @Field(() => AdoptionStateEnum, { nullable: true }) @IsOptional() @IsIn(ADOPTION_STATES) state?: AdoptionState;
  @Field(() => LocalDateScalar, { nullable: true }) @Allow() liveDate?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Null removes the plan.' }) @Allow() plannedLiveDate?: string | null;
}
