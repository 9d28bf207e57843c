import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';

@ObjectType('NpvHistogramBin', { description: 'Iterations whose NPV fell in [from, to) (the last bin includes `to`).' })
export class NpvHistogramBinModel {
  @Field(() => DecimalScalar) from!: string;
  @Field(() => DecimalScalar) to!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('NpvSimulation', {
  description:
    'Monte-Carlo NPV from three-point estimates (Beta-PERT, λ = 4, lines drawn independently). Deterministic for a seed; without any spread P10 = P50 = P90 = the NPV.',
})
export class NpvSimulationModel {
  @Field(() => Int) iterations!: number;
  @Field(() => Int) seed!: number;
  @Field(() => DecimalScalar, { description: 'The NPV of the most likely values.' }) npv!: string;
  @Field(() => DecimalScalar) p10!: string;
  @Field(() => DecimalScalar) p50!: string;
  @Field(() => DecimalScalar) p90!: string;
  @Field(() => DecimalScalar) mean!: string;
  @Field(() => DecimalScalar, {
    description: 'Share of iterations with NPV > 0, 4 decimals: the probability that the investment pays back.',
  })
  probabilityPositive!: string;
  @Field(() => Int, { description: 'Budget lines and targets with a range; 0 means the result is the plain NPV.' }) uncertainLines!: number;
  @Field(() => [NpvHistogramBinModel], { description: 'The distribution in 20 equal bins from the lowest to the highest iteration.' })
  histogram!: NpvHistogramBinModel[];
}
