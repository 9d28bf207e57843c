import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DEFAULT_GATE_CHECKLISTS, type ProjectPhase } from '@tvaers/domain';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { ProjectPhaseEnum } from '../../common/graphql/enums.js';
import type { ProgrammeEntity } from './programme.entity.js';
import type { TrackEntity } from './track.entity.js';

@ObjectType('Tolerances', { description: 'Thresholds for the cost, schedule and benefit traffic lights.' })
export class TolerancesModel {
  @Field(() => DecimalScalar, { description: 'Cost overrun share above which cost is AMBER, e.g. "0.05".' })
  costAmberOverrunRate!: string;
  @Field(() => DecimalScalar, { description: 'Cost overrun share above which cost is RED, e.g. "0.1".' })
  costRedOverrunRate!: string;
  @Field(() => DecimalScalar, { description: 'Cost overrun amount above which cost is RED.' })
  costRedOverrunAmount!: string;
  @Field(() => Int, { description: 'Days late up to which schedule is GREEN.' })
  scheduleAmberDays!: number;
  @Field(() => Int, { description: 'Days late up to which schedule is AMBER; beyond it RED.' })
  scheduleRedDays!: number;
  @Field(() => DecimalScalar, { description: 'Realisation rate from which benefits are GREEN.' })
  benefitGreenRate!: string;
  @Field(() => DecimalScalar, { description: 'Realisation rate from which benefits are AMBER.' })
  benefitAmberRate!: string;
  @Field(() => DecimalScalar, { description: 'A status report must explain a forecast deviating from the baseline by more than this.' })
  varianceThreshold!: string;
}

@ObjectType('GateChecklistConfig', {
  description: 'The checklist of the gate into a phase, as the programme uses it (its own or the defaults).',
})
export class GateChecklistConfigModel {
  @Field(() => ProjectPhaseEnum) toPhase!: ProjectPhase;
  @Field(() => [String]) items!: string[];
}

@ObjectType('Programme', { description: 'A joint strategy that funds a portfolio of projects.' })
export class ProgrammeModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'ISO 4217 code, e.g. DKK or NOK.' }) currency!: string;
  @Field(() => Int) periodStartYear!: number;
  @Field(() => Int) periodEndYear!: number;
  @Field(() => DecimalScalar) fundingEnvelope!: string;
  @Field(() => DecimalScalar) discountRate!: string;
  @Field(() => Int) fiscalYearStartMonth!: number;
  @Field(() => DecimalScalar) fteAnnualCost!: string;
  @Field(() => DecimalScalar) hourlyRate!: string;
  @Field(() => ID, { nullable: true, description: 'The organisation holding the pooled programme money (co-funding).' })
  fundOrganisationId!: string | null;
  @Field(() => TolerancesModel) tolerances!: TolerancesModel;
  @Field(() => [GateChecklistConfigModel]) gateChecklists!: GateChecklistConfigModel[];
  @Field(() => Int, { description: 'Entries are accepted for fiscal years from periodStartYear minus this to periodEndYear plus this.' })
  fiscalYearMargin!: number;
  @Field(() => DecimalScalar, { description: 'The largest amount one budget line, cost, target or measurement may hold.' })
  maxLineAmount!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the programme was archived; null while it is active.' })
  archivedAt!: Date | null;
  @Field(() => Int) version!: number;

  static from(e: ProgrammeEntity): ProgrammeModel {
    return Object.assign(new ProgrammeModel(), {
      id: e.id,
      name: e.name,
      currency: e.currency,
      periodStartYear: e.periodStartYear,
      periodEndYear: e.periodEndYear,
      fundingEnvelope: e.fundingEnvelope,
      discountRate: e.discountRate,
      fiscalYearStartMonth: e.fiscalYearStartMonth,
      fteAnnualCost: e.fteAnnualCost,
      hourlyRate: e.hourlyRate,
      fundOrganisationId: e.fundOrganisationId,
      fiscalYearMargin: e.fiscalYearMargin,
      maxLineAmount: e.maxLineAmount,
      archivedAt: e.archivedAt,
      version: e.version,
      tolerances: Object.assign(new TolerancesModel(), {
        costAmberOverrunRate: e.costAmberOverrunRate,
        costRedOverrunRate: e.costRedOverrunRate,
        costRedOverrunAmount: e.costRedOverrunAmount,
        scheduleAmberDays: e.scheduleAmberDays,
        scheduleRedDays: e.scheduleRedDays,
        benefitGreenRate: e.benefitGreenRate,
        benefitAmberRate: e.benefitAmberRate,
        varianceThreshold: e.varianceThreshold,
      }),
      gateChecklists: (['APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED'] as const).map((toPhase) => ({
        toPhase,
        items: e.gateChecklists?.[toPhase] ?? DEFAULT_GATE_CHECKLISTS[toPhase] ?? [],
      })),
    });
  }
}

@ObjectType('Track', { description: 'A thematic track of a programme, e.g. digital inclusion.' })
export class TrackModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) programmeId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int, { description: "Position in the programme's list of tracks." }) sortOrder!: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the track was archived; null while it is in use.' })
  archivedAt!: Date | null;
  @Field(() => Int) version!: number;

  static from(e: TrackEntity): TrackModel {
    return Object.assign(new TrackModel(), {
      id: e.id,
      programmeId: e.programmeId,
      code: e.code,
      name: e.name,
      sortOrder: e.sortOrder,
      archivedAt: e.archivedAt,
      version: e.version,
    });
  }
}
