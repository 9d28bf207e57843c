import { Args, ID, Int, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { PortfolioSummaryModel, ProposalRankModel, WrongPocketModel } from './portfolio.model.js';
import { PortfolioService } from './portfolio.service.js';

export enum WrongPocketGroupBy {
  SECTOR = 'SECTOR',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(WrongPocketGroupBy, { name: 'WrongPocketGroupBy' });

@Resolver()
export class PortfolioResolver {
  constructor(private readonly service: PortfolioService) {}

  @Query(() => PortfolioSummaryModel, { description: 'Programme totals, yearly figures, lights and breakdowns, aggregated in SQL.' })
  portfolioSummary(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('asOfYear', { type: () => Int, nullable: true, description: 'Defaults to the fiscal year containing today.' }) asOfYear?: number,
  ): Promise<PortfolioSummaryModel> {
    return this.service.summary(programmeId, asOfYear ?? undefined);
  }

  @Query(() => WrongPocketModel, { description: 'Who pays for whose savings (planned budgets and targets).' })
  wrongPocket(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('groupBy', { type: () => WrongPocketGroupBy, defaultValue: WrongPocketGroupBy.SECTOR }) groupBy: WrongPocketGroupBy,
  ): Promise<WrongPocketModel> {
    return this.service.wrongPocket(programmeId, groupBy);
  }

  @Query(() => [ProposalRankModel], { description: 'PROPOSED projects ranked by NPV per krone of budget asked for.' })
  rankProposals(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<ProposalRankModel[]> {
    return this.service.rankProposals(programmeId);
  }
}
