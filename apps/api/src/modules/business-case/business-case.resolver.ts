import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, SIGNED_IN } from '../../auth/allow.decorator.js';
import { FiscalYearPipe } from '../../common/validation/fiscal-year.pipe.js';
import { BusinessCaseModel } from './business-case.model.js';
import { BusinessCaseService } from './business-case.service.js';

@Resolver(() => BusinessCaseModel)
export class BusinessCaseResolver {
  constructor(private readonly service: BusinessCaseService) {}

  @Allow(SIGNED_IN)
  @Query(() => BusinessCaseModel, { description: 'NPV, payback, realisation and yearly figures of one project.' })
  businessCase(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('asOfYear', { type: () => Int, nullable: true, description: 'Defaults to the fiscal year containing today.' }, FiscalYearPipe)
    asOfYear?: number,
  ): Promise<BusinessCaseModel> {
    return this.service.forProject(projectId, asOfYear ?? undefined);
  }
}
