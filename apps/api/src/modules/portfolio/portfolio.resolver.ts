import { UseInterceptors } from '@nestjs/common';
import { Args, ID, Int, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { DataAsOfInterceptor } from '../../http/data-as-of.interceptor.js';
import { Allow, SIGNED_IN } from '../../auth/allow.decorator.js';
import { FiscalYearPipe } from '../../common/validation/fiscal-year.pipe.js';
import { PortfolioSummaryModel, ProposalRankModel, WrongPocketModel } from './portfolio.model.js';
import { PortfolioService } from './portfolio.service.js';
import { SettlementTransferModel } from './settlement.model.js';
import { SettlementService } from './settlement.service.js';
import { ProjectFilter } from '../projects/project.inputs.js';
import { TolerancesInput } from '../programmes/programme.inputs.js';
import { TolerancePreviewModel } from './tolerance-preview.model.js';

export enum WrongPocketGroupBy {
  SECTOR = 'SECTOR',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(WrongPocketGroupBy, { name: 'WrongPocketGroupBy' });

@Resolver()
export class PortfolioResolver {
  constructor(
    private readonly service: PortfolioService,
    private readonly settlement: SettlementService,
  ) {}

  @Allow(SIGNED_IN)
  @Query(() => TolerancePreviewModel, {
    description: 'The lights that would change colour if the tolerances given replaced the programme’s; nothing is saved.',
  })
  tolerancePreview(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('tolerances', { type: () => TolerancesInput }) tolerances: TolerancesInput,
  ): Promise<TolerancePreviewModel> {
    return this.service.tolerancePreview(programmeId, tolerances);
  }

  @Allow(SIGNED_IN)
  @UseInterceptors(DataAsOfInterceptor)
  @Query(() => PortfolioSummaryModel, { description: 'Programme totals, yearly figures, lights and breakdowns, aggregated in SQL.' })
  portfolioSummary(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('asOfYear', { type: () => Int, nullable: true, description: 'Defaults to the fiscal year containing today.' }, FiscalYearPipe)
    asOfYear?: number,
    @Args('filter', {
      type: () => ProjectFilter,
      nullable: true,
      description: 'Only the projects matching it (the envelope stays the programme’s).',
    })
    filter?: ProjectFilter,
  ): Promise<PortfolioSummaryModel> {
    return this.service.summary(programmeId, asOfYear ?? undefined, filter ?? undefined);
  }

  @Allow(SIGNED_IN)
  @UseInterceptors(DataAsOfInterceptor)
  @Query(() => WrongPocketModel, { description: 'Who pays for whose savings (planned budgets and targets).' })
  wrongPocket(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('groupBy', { type: () => WrongPocketGroupBy, defaultValue: WrongPocketGroupBy.SECTOR }) groupBy: WrongPocketGroupBy,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
  ): Promise<WrongPocketModel> {
    return this.service.wrongPocket(programmeId, groupBy, filter ?? undefined);
  }

  @Allow(SIGNED_IN)
  @Query(() => [SettlementTransferModel], {
    description:
      'From the wrong-pocket matrix: per pair of parties, who should compensate whom and by how much (net of both directions), largest first.',
  })
  settlementProposal(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('groupBy', { type: () => WrongPocketGroupBy, defaultValue: WrongPocketGroupBy.SECTOR }) groupBy: WrongPocketGroupBy,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
  ): Promise<SettlementTransferModel[]> {
    return this.settlement.proposal(programmeId, groupBy, filter ?? undefined);
  }

  @Allow(SIGNED_IN)
  @Query(() => [ProposalRankModel], { description: 'PROPOSED projects ranked by NPV per krone of programme co-funding asked for.' })
  rankProposals(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<ProposalRankModel[]> {
    return this.service.rankProposals(programmeId);
  }
}
