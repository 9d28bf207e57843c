import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DeliveryConfidence } from '@tvaers/domain';
import { DeliveryConfidenceEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';

@ObjectType('RiskCell', { description: 'How many active risks have this probability and impact.' })
export class RiskCellModel {
  @Field(() => Int) probability!: number;
  @Field(() => Int) impact!: number;
  @Field(() => Int) count!: number;
}

@ObjectType('ConfidenceCount')
export class ConfidenceCountModel {
  @Field(() => DeliveryConfidenceEnum, { nullable: true, description: 'null: not rated.' }) confidence!: DeliveryConfidence | null;
  @Field(() => Int) count!: number;
}

@ObjectType('ConfidenceRating', {
  description: 'A project’s newest submitted or approved report: its own and the programme office’s rating.',
})
export class ConfidenceRatingModel {
  @Field(() => ID) projectId!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field() period!: string;
  @Field(() => DeliveryConfidenceEnum, { nullable: true }) own!: DeliveryConfidence | null;
  @Field(() => DeliveryConfidenceEnum, { nullable: true }) office!: DeliveryConfidence | null;
}

@ObjectType('ConfidencePicture', { description: 'Both delivery-confidence distributions and where they disagree.' })
export class ConfidencePictureModel {
  @Field(() => [ConfidenceCountModel]) own!: ConfidenceCountModel[];
  @Field(() => [ConfidenceCountModel]) office!: ConfidenceCountModel[];
  @Field(() => [ConfidenceRatingModel], { description: 'Projects whose two ratings differ, the widest gap first.' })
  disagreements!: ConfidenceRatingModel[];
  @Field(() => [ConfidenceRatingModel], { description: 'Every project’s newest submitted or approved report’s two ratings, by code.' })
  ratings!: ConfidenceRatingModel[];
}

@ObjectType('ReportingRoundProgress', { description: 'A reporting round: how many reports are due, submitted, approved and overdue.' })
export class ReportingRoundProgressModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'Closed: its figures are published as the period’s open-data snapshot.' }) closed!: boolean;
  @Field() period!: string;
  @Field(() => LocalDateScalar) dueDate!: string;
  @Field(() => Int, { description: 'Projects in APPROVED, EXECUTION or ROLLOUT that must report.' }) due!: number;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int, { description: 'Due projects with no submitted or approved report after the due date.' }) overdue!: number;
}

@ObjectType('OverdueBenefitReport', { description: 'A closed project whose benefit report (12 months after its actual end) has not come.' })
export class OverdueBenefitReportModel {
  @Field(() => ID) projectId!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => LocalDateScalar) dueDate!: string;
}
