import { Injectable } from '@nestjs/common';
import { settlementProposal } from '@tvaers/domain';
import { moneyOutput } from '../../common/graphql/decimal-output.js';
import type { ProjectFilter } from '../projects/project.inputs.js';
import { PortfolioService } from './portfolio.service.js';
import type { SettlementTransferModel } from './settlement.model.js';

/**
 * The settlement proposal nets the wrong-pocket matrix as the dashboard shows it (cells rounded to the
 * øre), so that every transfer reconciles with the two cells a reader can see.
 */
@Injectable()
export class SettlementService {
  constructor(private readonly portfolio: PortfolioService) {}

  async proposal(programmeId: string, groupBy: 'SECTOR' | 'ORGANISATION', filter?: ProjectFilter): Promise<SettlementTransferModel[]> {
    const matrix = await this.portfolio.wrongPocket(programmeId, groupBy, filter);
    const names = new Map(matrix.cells.flatMap((c) => [[c.payerKey, c.payerLabel] as const, [c.receiverKey, c.receiverLabel] as const]));
    const party = (id: string) => ({ id, name: names.get(id) ?? id });
    return settlementProposal(matrix.cells.map((c) => ({ payer: c.payerKey, receiver: c.receiverKey, amount: c.amount }))).map((t) => ({
      from: party(t.from),
      to: party(t.to),
      amount: moneyOutput(t.amount),
    }));
  }
}
