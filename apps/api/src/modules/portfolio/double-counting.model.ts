import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';

@ObjectType('DoubleCountedBenefit')
export class DoubleCountedBenefitModel {
  @Field(() => ID) benefitId!: string;
  @Field() title!: string;
  @Field(() => ID) projectId!: string;
  @Field() projectCode!: string;
}

@ObjectType('DoubleCountingPair', { description: 'Two projects’ benefits with the same receiver, work process and overlapping years.' })
export class DoubleCountingPairModel {
  @Field(() => DoubleCountedBenefitModel) a!: DoubleCountedBenefitModel;
  @Field(() => DoubleCountedBenefitModel) b!: DoubleCountedBenefitModel;
  @Field(() => [Int]) fiscalYears!: number[];
  @Field(() => DecimalScalar, { description: 'Σ over the common years of the smaller monetised target.' }) amount!: string;
}

@ObjectType('DoubleCounting', { description: 'Savings at risk of being counted twice in the filtered portfolio.' })
export class DoubleCountingModel {
  @Field(() => Int) pairs!: number;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => [DoubleCountingPairModel]) items!: DoubleCountingPairModel[];
}
