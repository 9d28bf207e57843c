import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CostCategory } from '@tvaers/domain';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { CostCategoryEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import type { BaselineEntity } from './baseline.entity.js';

@ObjectType('BaselineBudgetLine')
export class BaselineBudgetLineModel {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => ID) funderId!: string;
  @Field(() => CostCategoryEnum) category!: CostCategory;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType('BaselineBenefitTarget')
export class BaselineBenefitTargetModel {
  @Field(() => ID) benefitId!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => DecimalScalar) value!: string;
}

@ObjectType('BaselineMilestone')
export class BaselineMilestoneModel {
  @Field(() => ID) milestoneId!: string;
  @Field() title!: string;
  @Field(() => LocalDateScalar) baselineDate!: string;
}

@ObjectType('Baseline', { description: 'A frozen, approved version of a project’s plan.' })
export class BaselineModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => Int, { description: '1, 2, 3 …; the highest is the current baseline.' }) baselineNumber!: number;
  @Field(() => GraphQLISODateTime) approvedAt!: Date;
  @Field() reason!: string;
  @Field(() => LocalDateScalar, { nullable: true }) endDate!: string | null;
  @Field(() => DecimalScalar) totalCost!: string;
  @Field(() => [BaselineBudgetLineModel]) budgetLines!: BaselineBudgetLineModel[];
  @Field(() => [BaselineBenefitTargetModel]) benefitTargets!: BaselineBenefitTargetModel[];
  @Field(() => [BaselineMilestoneModel]) milestones!: BaselineMilestoneModel[];

  static from(e: BaselineEntity): BaselineModel {
    return Object.assign(new BaselineModel(), {
      id: e.id,
      projectId: e.projectId,
      baselineNumber: e.baselineNumber,
      approvedAt: e.approvedAt,
      reason: e.reason,
      endDate: e.endDate,
      totalCost: e.totalCost,
      budgetLines: e.snapshot.budgetLines,
      benefitTargets: e.snapshot.benefitTargets,
      milestones: e.snapshot.milestones,
    });
  }
}

@ObjectType('AmountChange')
export class AmountChangeModel {
  @Field(() => DecimalScalar) from!: string;
  @Field(() => DecimalScalar) to!: string;
  @Field(() => DecimalScalar) change!: string;
}

@ObjectType('BudgetLineChange')
export class BudgetLineChangeModel extends AmountChangeModel {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => ID) funderId!: string;
  @Field(() => CostCategoryEnum) category!: CostCategory;
}

@ObjectType('BenefitTargetChange')
export class BenefitTargetChangeModel extends AmountChangeModel {
  @Field(() => ID) benefitId!: string;
  @Field(() => Int) fiscalYear!: number;
}

@ObjectType('MilestoneChange')
export class MilestoneChangeModel {
  @Field(() => ID) milestoneId!: string;
  @Field() title!: string;
  @Field(() => LocalDateScalar, { nullable: true }) from!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) to!: string | null;
  @Field(() => Int, { nullable: true, description: 'Positive: later.' }) days!: number | null;
}

@ObjectType('DateChange')
export class DateChangeModel {
  @Field(() => LocalDateScalar, { nullable: true }) from!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) to!: string | null;
  @Field(() => Int, { nullable: true }) days!: number | null;
}

@ObjectType('BaselineDiff', { description: 'What changed from one baseline to another.' })
export class BaselineDiffModel {
  @Field(() => Int) fromNumber!: number;
  @Field(() => Int) toNumber!: number;
  @Field(() => AmountChangeModel) totalCost!: AmountChangeModel;
  @Field(() => DateChangeModel) endDate!: DateChangeModel;
  @Field(() => [BudgetLineChangeModel]) budgetLines!: BudgetLineChangeModel[];
  @Field(() => [BenefitTargetChangeModel]) benefitTargets!: BenefitTargetChangeModel[];
  @Field(() => [MilestoneChangeModel]) milestones!: MilestoneChangeModel[];
}
