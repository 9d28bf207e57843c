import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROGRAMME_EDITORS, PROJECT_EDITORS } from '../../auth/allow.decorator.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import type { GraphqlContext } from '../../loaders.js';
import { ProjectModel } from '../projects/project.model.js';
import { PersonModel } from '../users/person.model.js';
import { DecideGateInput, SubmitBenefitReportInput } from './gate.inputs.js';
import { BenefitReportModel, GateDecisionModel, GateOptionModel } from './gate.model.js';
import { GatesService } from './gates.service.js';

@Resolver(() => ProjectModel)
export class ProjectGateFieldsResolver {
  constructor(private readonly gates: GatesService) {}

  @ResolveField(() => [GateDecisionModel], { description: 'Gate decisions, newest first.' })
  async gateDecisions(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<GateDecisionModel[]> {
    return (await loaders.gateDecisionsByProject.load(project.id)).map(GateDecisionModel.from);
  }

  @ResolveField(() => [GateOptionModel], {
    description: 'The phases the project may move to next, with each gate’s checklist as it stands.',
  })
  nextGates(@Parent() project: ProjectModel): Promise<GateOptionModel[]> {
    return this.gates.options(project);
  }

  @ResolveField(() => BenefitReportModel, { nullable: true })
  async benefitReport(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<BenefitReportModel | null> {
    const [report] = await loaders.benefitReportsByProject.load(project.id);
    return report ? BenefitReportModel.from(report) : null;
  }

  @ResolveField(() => LocalDateScalar, {
    nullable: true,
    description: 'When the benefit report is due: 12 months after the actual end of a closed project.',
  })
  benefitReportDueDate(@Parent() project: ProjectModel): string | null {
    return this.gates.dueDateOf(project);
  }
}

@Resolver(() => GateDecisionModel)
export class GateDecisionsResolver {
  constructor(private readonly gates: GatesService) {}

  @ResolveField(() => PersonModel, { nullable: true })
  decidedBy(@Parent() decision: GateDecisionModel, @Context() { loaders }: GraphqlContext): Promise<PersonModel | null> {
    return PersonModel.load(loaders.user, decision.decidedById);
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => GateDecisionModel, { description: 'Records a phase gate’s decision; APPROVED moves the project to the phase.' })
  async decideGate(@Args('input') input: DecideGateInput): Promise<GateDecisionModel> {
    return GateDecisionModel.from(await this.gates.decide(input));
  }
}

@Resolver(() => BenefitReportModel)
export class BenefitReportsResolver {
  constructor(private readonly gates: GatesService) {}

  @ResolveField(() => PersonModel, { nullable: true })
  submittedBy(@Parent() report: BenefitReportModel, @Context() { loaders }: GraphqlContext): Promise<PersonModel | null> {
    return PersonModel.load(loaders.user, report.submittedById);
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => BenefitReportModel, {
    description: 'Submits the benefit report of a closed project; its figures are frozen as they stand.',
  })
  async submitBenefitReport(@Args('input') input: SubmitBenefitReportInput): Promise<BenefitReportModel> {
    return BenefitReportModel.from(await this.gates.submitBenefitReport(input));
  }
}
