import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AdoptionState } from '@tvaers/domain';
import { AdoptionStateEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import type { AdoptionEntity } from './adoption.entity.js';

@ObjectType('Adoption', { description: 'Whether an organisation targeted by a project uses the solution.' })
export class AdoptionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => AdoptionStateEnum) state!: AdoptionState;
  @Field(() => LocalDateScalar, { nullable: true }) liveDate!: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the organisation plans to go live.' }) plannedLiveDate!: string | null;
  @Field(() => Int) version!: number;
  organisationId!: string;

  static from(e: AdoptionEntity): AdoptionModel {
    return Object.assign(new AdoptionModel(), {
      id: e.id,
      projectId: e.projectId,
      organisationId: e.organisationId,
      state: e.state as AdoptionState,
      liveDate: e.liveDate,
      plannedLiveDate: e.plannedLiveDate,
      version: e.version,
    });
  }
}
