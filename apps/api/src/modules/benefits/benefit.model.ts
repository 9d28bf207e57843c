import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BenefitKind, BenefitUnit, MeasurementStatus } from '@tvaers/domain';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { BenefitKindEnum, BenefitUnitEnum, MeasurementStatusEnum } from '../../common/graphql/enums.js';
import type { BenefitMeasurementEntity } from './benefit-measurement.entity.js';
import type { BenefitForecastEntity } from './benefit-forecast.entity.js';
import type { BenefitTargetEntity } from './benefit-target.entity.js';
import type { BenefitEntity } from './benefit.entity.js';

@ObjectType('Benefit', { description: 'A benefit the business case promises, with yearly targets and measurements.' })
export class BenefitModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field() title!: string;
  @Field(() => BenefitKindEnum) kind!: BenefitKind;
  @Field(() => BenefitUnitEnum) unit!: BenefitUnit;
  @Field({ description: 'Person or role accountable for realising the benefit.' }) owner!: string;
  @Field(() => DecimalScalar, { nullable: true }) baselineValue!: string | null;
  @Field() measurementMethod!: string;
  @Field(() => String, { nullable: true, description: 'The work process it improves (KLE code or the programme’s own).' }) process!:
    string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Adoption-driven: value per adopting organisation per full fiscal year (null: not adoption-driven).',
  })
  perAdopter!: string | null;
  @Field(() => Int) version!: number;
  receiverId!: string;

  static from(e: BenefitEntity): BenefitModel {
    return Object.assign(new BenefitModel(), {
      id: e.id,
      projectId: e.projectId,
      title: e.title,
      kind: e.kind as BenefitKind,
      unit: e.unit as BenefitUnit,
      receiverId: e.receiverId,
      owner: e.owner,
      baselineValue: e.baselineValue,
      measurementMethod: e.measurementMethod,
      process: e.process,
      perAdopter: e.perAdopter,
      version: e.version,
    });
  }
}

@ObjectType('BenefitTarget', { description: 'The value a benefit should reach in one fiscal year, in its own unit.' })
export class BenefitTargetModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => DecimalScalar, { description: 'The most likely value.' }) value!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Three-point estimate: the low value (null: no spread below).' }) low!:
    string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Three-point estimate: the high value (null: no spread above).' }) high!:
    string | null;

  static from(e: BenefitTargetEntity): BenefitTargetModel {
    return Object.assign(new BenefitTargetModel(), { id: e.id, fiscalYear: e.fiscalYear, value: e.value, low: e.low, high: e.high });
  }
}

@ObjectType('BenefitOverlap', {
  description: 'Another project’s benefit claiming the same saving: same receiver and work process, overlapping years.',
})
export class BenefitOverlapModel {
  @Field(() => BenefitModel) benefit!: BenefitModel;
  @Field(() => [Int]) fiscalYears!: number[];
}

@ObjectType('BenefitForecast', { description: 'The benefit owner’s current expectation for one fiscal year, in the benefit’s unit.' })
export class BenefitForecastModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => DecimalScalar) value!: string;

  static from(e: BenefitForecastEntity): BenefitForecastModel {
    return Object.assign(new BenefitForecastModel(), { id: e.id, fiscalYear: e.fiscalYear, value: e.value });
  }
}

@ObjectType('BenefitMeasurement', { description: 'What a benefit delivered in one fiscal year, and how far that is checked.' })
export class BenefitMeasurementModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) benefitId!: string;
  @Field(() => Int) fiscalYear!: number;
  @Field(() => DecimalScalar) value!: string;
  @Field(() => MeasurementStatusEnum) status!: MeasurementStatus;
  @Field() evidence!: string;
  @Field(() => GraphQLISODateTime) reportedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) validatedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) harvestedAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the receiving organisation confirmed the saving; harvesting needs it.',
  })
  confirmedAt!: Date | null;
  @Field({ description: 'The receiver’s reference, e.g. its budget decision.' }) confirmationReference!: string;
  @Field({ description: 'Why the programme office confirmed on the receiver’s behalf; empty when the receiver did.' })
  confirmationReason!: string;
  @Field(() => Int) version!: number;
  confirmedById!: string | null;

  static from(e: BenefitMeasurementEntity): BenefitMeasurementModel {
    return Object.assign(new BenefitMeasurementModel(), {
      id: e.id,
      benefitId: e.benefitId,
      fiscalYear: e.fiscalYear,
      value: e.value,
      status: e.status as MeasurementStatus,
      evidence: e.evidence,
      reportedAt: e.reportedAt,
      validatedAt: e.validatedAt,
      harvestedAt: e.harvestedAt,
      confirmedAt: e.confirmedAt,
      confirmationReference: e.confirmationReference,
      confirmationReason: e.confirmationReason,
      confirmedById: e.confirmedById,
      version: e.version,
    });
  }
}
