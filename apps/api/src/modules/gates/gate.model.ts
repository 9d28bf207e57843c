import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { GateDecisionOutcome, ProjectPhase } from '@tvaers/domain';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { GateDecisionOutcomeEnum, ProjectPhaseEnum } from '../../common/graphql/enums.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import type { BenefitReportEntity } from './benefit-report.entity.js';
import type { GateDecisionEntity } from './gate-decision.entity.js';

@ObjectType('GateChecklistItem')
export class GateChecklistItemModel {
  @Field() item!: string;
  @Field(() => Boolean, { nullable: true, description: 'Met or not; null for an item only the gate can judge, before it has.' }) met!:
    boolean | null;
  @Field({ description: 'Checked by Tværs from the project’s records.' }) automatic!: boolean;
}

@ObjectType('GateOption', { description: 'A phase the project may move to next, and that gate’s checklist as it stands now.' })
export class GateOptionModel {
  @Field(() => ProjectPhaseEnum) toPhase!: ProjectPhase;
  @Field(() => [GateChecklistItemModel]) checklist!: GateChecklistItemModel[];
}

@ObjectType('GateDecision', { description: 'A phase gate’s decision: who decided what and when, on which checklist, with the minutes.' })
export class GateDecisionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ProjectPhaseEnum) fromPhase!: ProjectPhase;
  @Field(() => ProjectPhaseEnum) toPhase!: ProjectPhase;
  @Field(() => GateDecisionOutcomeEnum) decision!: GateDecisionOutcome;
  @Field() minutes!: string;
  @Field(() => [GateChecklistItemModel]) checklist!: GateChecklistItemModel[];
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
  decidedById!: string | null;

  static from(e: GateDecisionEntity): GateDecisionModel {
    return Object.assign(new GateDecisionModel(), {
      id: e.id,
      projectId: e.projectId,
      fromPhase: e.fromPhase as ProjectPhase,
      toPhase: e.toPhase as ProjectPhase,
      decision: e.decision as GateDecisionOutcome,
      minutes: e.minutes,
      checklist: e.checklist,
      decidedAt: e.decidedAt,
      decidedById: e.decidedById,
    });
  }
}

@ObjectType('BenefitReportYear')
export class BenefitReportYearModel {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => DecimalScalar) plannedBenefit!: string;
  @Field(() => DecimalScalar) realisedBenefit!: string;
}

@ObjectType('BenefitReportFigures', { description: 'The business case’s benefits as they stood when the report was submitted.' })
export class BenefitReportFiguresModel {
  @Field() currency!: string;
  @Field(() => Int) asOfYear!: number;
  @Field(() => DecimalScalar) plannedBenefit!: string;
  @Field(() => DecimalScalar) realisedBenefit!: string;
  @Field(() => DecimalScalar, { nullable: true }) realisationRate!: string | null;
  @Field(() => [BenefitReportYearModel]) years!: BenefitReportYearModel[];
}

@ObjectType('BenefitReport', { description: 'The report on realised benefits owed 12 months after a project’s actual end.' })
export class BenefitReportModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) dueDate!: string;
  @Field() narrative!: string;
  @Field(() => BenefitReportFiguresModel) figures!: BenefitReportFiguresModel;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;
  @Field({ description: 'Submitted after the due date.' }) late!: boolean;
  submittedById!: string | null;

  static from(e: BenefitReportEntity): BenefitReportModel {
    return Object.assign(new BenefitReportModel(), {
      id: e.id,
      projectId: e.projectId,
      dueDate: e.dueDate,
      narrative: e.narrative,
      figures: e.figures,
      submittedAt: e.submittedAt,
      late: e.submittedAt.toISOString().slice(0, 10) > e.dueDate,
      submittedById: e.submittedById,
    });
  }
}
