import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CostCategory } from '@tvaers/domain';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { CostCategoryEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import type { BudgetLineEntity } from './budget-line.entity.js';
import type { CostActualEntity } from './cost-actual.entity.js';

@ObjectType('BudgetLine', { description: 'Planned cost: one cell of the grid fiscal year × funder × category.' })
export class BudgetLineModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => CostCategoryEnum) category!: CostCategory;
  @Field(() => DecimalScalar, { description: 'The most likely amount.' }) amount!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Three-point estimate: the low amount (null: no spread below).' }) low!:
    string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Three-point estimate: the high amount (null: no spread above).' }) high!:
    string | null;
  @Field(() => Int) version!: number;
  funderId!: string;

  static from(e: BudgetLineEntity): BudgetLineModel {
    return Object.assign(new BudgetLineModel(), {
      id: e.id,
      projectId: e.projectId,
      fiscalYear: e.fiscalYear,
      funderId: e.funderId,
      category: e.category as CostCategory,
      amount: e.amount,
      low: e.low,
      high: e.high,
      version: e.version,
    });
  }
}

@ObjectType('CostActual', { description: 'A cost actually paid by one organisation.' })
export class CostActualModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) date!: string;
  @Field(() => CostCategoryEnum) category!: CostCategory;
  @Field(() => DecimalScalar, { description: 'Negative for a credit note.' }) amount!: string;
  @Field() reference!: string;
  @Field(() => Int) version!: number;
  payerId!: string;

  static from(e: CostActualEntity): CostActualModel {
    return Object.assign(new CostActualModel(), {
      id: e.id,
      projectId: e.projectId,
      date: e.date,
      payerId: e.payerId,
      category: e.category as CostCategory,
      amount: e.amount,
      reference: e.reference,
      version: e.version,
    });
  }
}
