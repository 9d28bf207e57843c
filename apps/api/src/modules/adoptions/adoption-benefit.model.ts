import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';

@ObjectType('AdoptionBenefitYear', {
  description: 'One fiscal year of an adoption-driven benefit: perAdopter × months live ÷ 12, in the benefit’s unit.',
})
export class AdoptionBenefitYearModel {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => Int, { description: 'Months live by the planned go-live dates, summed over the organisations.' }) plannedMonths!: number;
  @Field(() => Int, { description: 'Months live by the actual LIVE dates.' }) actualMonths!: number;
  @Field(() => DecimalScalar, { description: 'Expected from the planned go-live dates (4 decimals).' }) expected!: string;
  @Field(() => DecimalScalar, { description: 'Realised by the actual go-live dates (4 decimals).' }) realised!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Expected, monetised (null for units that are not money).' })
  expectedMonetised!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) realisedMonetised!: string | null;
}

@ObjectType('AdoptionBenefit', {
  description: 'An adoption-driven benefit: what it should bring from the project’s adopting organisations.',
})
export class AdoptionBenefitModel {
  @Field(() => DecimalScalar, { description: 'Value per adopting organisation per full fiscal year.' }) perAdopter!: string;
  @Field(() => Int, { description: 'Organisations the project targets.' }) adopters!: number;
  @Field(() => Int) live!: number;
  @Field(() => Int, { description: 'Organisations not live that have no planned go-live date (they count in no year).' })
  withoutPlan!: number;
  @Field(() => [AdoptionBenefitYearModel]) years!: AdoptionBenefitYearModel[];
  @Field(() => Int, { description: 'Organisations not live yet.' }) waitingAdopters!: number;
  @Field(() => DecimalScalar, { description: 'What they would bring per full year, in the benefit’s unit.' }) waitingPerYear!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'The same, monetised (null for units that are not money).' })
  waitingPerYearMonetised!: string | null;
}
