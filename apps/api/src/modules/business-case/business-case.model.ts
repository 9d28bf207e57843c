import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';

@ObjectType('BusinessCaseYear', { description: 'One fiscal year of a business case, money in the programme currency.' })
export class BusinessCaseYearModel {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => DecimalScalar, { description: 'Sum of budget lines.' }) plannedCost!: string;
  @Field(() => DecimalScalar, { description: 'Sum of cost actuals dated in the fiscal year.' }) actualCost!: string;
  @Field(() => DecimalScalar, { description: 'Monetised targets (dis-benefits negative).' }) plannedBenefit!: string;
  @Field(() => DecimalScalar, { description: 'Monetised VALIDATED and HARVESTED measurements.' }) realisedBenefit!: string;
}

@ObjectType('BusinessCase', { description: 'The business-case figures of one project (docs/domain.md rules).' })
export class BusinessCaseModel {
  /** Not in the schema: which project and programme the figures are of, for field resolvers. */
  projectId!: string;
  programmeId!: string;
  @Field(() => DecimalScalar, { description: 'NPV of budget lines and monetised targets at the programme discount rate.' })
  npv!: string;
  @Field(() => DecimalScalar, { description: 'NPV of cost actuals and validated/harvested measurements so far.' })
  realisedNpv!: string;
  @Field(() => DecimalScalar, { description: 'Σ planned net cash flow, undiscounted.' }) netBenefit!: string;
  @Field(() => Int, { nullable: true, description: 'First fiscal year with cumulative planned net cash flow ≥ 0.' })
  paybackYear!: number | null;
  @Field(() => Int, { description: 'The fiscal year the realisation rate is computed as of.' }) asOfYear!: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'Validated+harvested ÷ planned monetised benefits up to asOfYear.' })
  realisationRate!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Harvested ÷ validated-or-harvested monetised benefits.' })
  harvestRate!: string | null;
  @Field(() => [BusinessCaseYearModel]) years!: BusinessCaseYearModel[];
}
