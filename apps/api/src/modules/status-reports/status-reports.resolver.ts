import { Args, ArgsType, Context, Field, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROGRAMME_EDITORS, PROJECT_EDITORS } from '../../auth/allow.decorator.js';
import { IsIn, IsString, Length, MaxLength } from 'class-validator';
import { DELIVERY_CONFIDENCES, type DeliveryConfidence } from '@tvaers/domain';
import { DeliveryConfidenceEnum } from '../../common/graphql/enums.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import type { GraphqlContext } from '../../loaders.js';
import { ProjectModel } from '../projects/project.model.js';
import { CreateStatusReportInput, StatusReportModel, UpdateStatusReportInput } from './status-report.model.js';
import { StatusReportsService } from './status-reports.service.js';

@ArgsType()
export class ReturnStatusReportArgs extends VersionedRowArgs {
  @Field({ description: 'What the author must change.' })
  @Length(5, 2000, { message: 'must tell the author what to change, in 5 to 2000 characters' })
  reason!: string;
}

@ArgsType()
export class RateStatusReportArgs extends VersionedRowArgs {
  @Field(() => DeliveryConfidenceEnum) @IsIn(DELIVERY_CONFIDENCES) confidence!: DeliveryConfidence;
  @Field({ description: 'Why the programme office rates it so, especially where it differs from the project’s own rating.' })
  @IsString()
  @MaxLength(5000)
  comment!: string;
}

@Resolver(() => ProjectModel)
export class ProjectStatusReportFieldsResolver {
  @ResolveField(() => [StatusReportModel], { description: 'Status reports, newest period first.' })
  async statusReports(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<StatusReportModel[]> {
    return (await loaders.statusReportsByProject.load(project.id)).map(StatusReportModel.from);
  }
}

@Resolver(() => StatusReportModel)
export class StatusReportsResolver {
  constructor(private readonly service: StatusReportsService) {}

  @Allow(PROJECT_EDITORS)
  @Mutation(() => StatusReportModel, { description: 'Starts a DRAFT report for a half-year with lights computed by the rules.' })
  async createStatusReport(@Args('input') input: CreateStatusReportInput): Promise<StatusReportModel> {
    return StatusReportModel.from(await this.service.create(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => StatusReportModel, { description: 'Edits a DRAFT or RETURNED report; lights are recomputed.' })
  async updateStatusReport(@Args('input') input: UpdateStatusReportInput): Promise<StatusReportModel> {
    return StatusReportModel.from(await this.service.update(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => StatusReportModel, { description: 'DRAFT or RETURNED → SUBMITTED.' })
  async submitStatusReport(@Args() { id, version }: VersionedRowArgs): Promise<StatusReportModel> {
    return StatusReportModel.from(await this.service.submit(id, version));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => StatusReportModel, {
    description: 'The programme office’s independent delivery-confidence rating of a SUBMITTED report.',
  })
  async rateStatusReport(@Args() { id, version, confidence, comment }: RateStatusReportArgs): Promise<StatusReportModel> {
    return StatusReportModel.from(await this.service.rate(id, version, confidence, comment));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => StatusReportModel, { description: 'SUBMITTED → APPROVED; needs the programme office’s rating.' })
  async approveStatusReport(@Args() { id, version }: VersionedRowArgs): Promise<StatusReportModel> {
    return StatusReportModel.from(await this.service.approve(id, version));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => StatusReportModel, { description: 'SUBMITTED → RETURNED, with what to change.' })
  async returnStatusReport(@Args() { id, version, reason }: ReturnStatusReportArgs): Promise<StatusReportModel> {
    return StatusReportModel.from(await this.service.returnToAuthor(id, version, reason));
  }
}
