import { Field, ObjectType } from '@nestjs/graphql';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';

@ObjectType('SettlementParty', { description: 'An organisation (id, name) or, grouped by sector, the sector code as both id and name.' })
export class SettlementPartyModel {
  @Field() id!: string;
  @Field() name!: string;
}

@ObjectType('SettlementTransfer', {
  description: 'The net compensation `from` should pay `to` for the savings `to` funds for `from` (net of the flows both ways).',
})
export class SettlementTransferModel {
  @Field(() => SettlementPartyModel) from!: SettlementPartyModel;
  @Field(() => SettlementPartyModel) to!: SettlementPartyModel;
  @Field(() => DecimalScalar) amount!: string;
}
