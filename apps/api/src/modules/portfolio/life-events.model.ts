import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommonComponent, LifeEvent, ProjectPhase } from '@tvaers/domain';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { CommonComponentEnum, LifeEventEnum, ProjectPhaseEnum } from '../../common/graphql/enums.js';

@ObjectType('LifeEventProject')
export class LifeEventProjectModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => ProjectPhaseEnum) phase!: ProjectPhase;
}

@ObjectType('LifeEventFigures', {
  description: 'What the portfolio does for one citizen life event. A project serving several events counts in each.',
})
export class LifeEventFiguresModel {
  @Field(() => LifeEventEnum) lifeEvent!: LifeEvent;
  @Field(() => [LifeEventProjectModel], { description: 'The projects that serve it, by code; empty when none does.' })
  projects!: LifeEventProjectModel[];
  @Field(() => Int) projectCount!: number;
  @Field(() => DecimalScalar, { description: 'Σ budget lines of those projects.' }) budget!: string;
  @Field(() => DecimalScalar, { description: 'Σ their planned monetised benefits (targets).' }) plannedBenefit!: string;
  @Field(() => DecimalScalar, { description: 'Σ their validated and harvested monetised benefits.' }) realisedBenefit!: string;
  @Field(() => DecimalScalar, { description: 'Hours their benefits in HOURS plan to save (targets).' }) plannedHours!: string;
  @Field(() => DecimalScalar, { description: 'Hours saved: validated and harvested measurements in HOURS.' }) hoursSaved!: string;
  @Field(() => [CommonComponentEnum], { description: 'The common components they reuse, each once.' }) commonComponents!: CommonComponent[];
}
