import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, PROGRAMME_EDITORS } from '../../auth/allow.decorator.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import { ReportingRoundModel } from '../reporting/reporting.model.js';
import { OpenDataService } from './open-data.service.js';

@Resolver()
export class OpenDataResolver {
  constructor(private readonly openData: OpenDataService) {}

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ReportingRoundModel, {
    description:
      'Closes a reporting round and publishes the open-data feed as it stands as the period’s snapshot (portfolio.json?period=…). A round closes once.',
  })
  async closeReportingRound(@Args() { id, version }: VersionedRowArgs): Promise<ReportingRoundModel> {
    return ReportingRoundModel.from(await this.openData.closeRound(id, version));
  }
}
