import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../loaders.js';
import { BenefitMeasurementModel } from '../benefits/benefit.model.js';
import { CostActualModel } from '../budget/budget.model.js';
import { BenefitReportModel, GateDecisionModel } from '../gates/gate.model.js';
import { StatusReportModel } from '../status-reports/status-report.model.js';
import { PersonModel } from '../users/person.model.js';
import { AttachmentModel } from './attachment.model.js';

const DESCRIPTION = 'Evidence files attached to this record (POST /attachments?on=…&id=…).';

/** `attachments` on each record type that can carry evidence, one statement per level of the query. */
function attachmentsFieldOn(type: new () => { id: string }): new () => unknown {
  @Resolver(() => type)
  class AttachmentsField {
    @ResolveField(() => [AttachmentModel], { description: DESCRIPTION })
    async attachments(@Parent() record: { id: string }, @Context() { loaders }: GraphqlContext): Promise<AttachmentModel[]> {
      return (await loaders.attachmentsByRecord.load(record.id)).map(AttachmentModel.from);
    }
  }
  Object.defineProperty(AttachmentsField, 'name', { value: `${type.name}AttachmentsField` });
  return AttachmentsField;
}

export const ATTACHMENT_FIELD_RESOLVERS: (new () => unknown)[] = [
  BenefitMeasurementModel,
  CostActualModel,
  StatusReportModel,
  GateDecisionModel,
  BenefitReportModel,
].map((type) => attachmentsFieldOn(type as new () => { id: string }));

@Resolver(() => AttachmentModel)
export class AttachmentResolver {
  @ResolveField(() => PersonModel, { nullable: true })
  uploadedBy(@Parent() attachment: AttachmentModel, @Context() { loaders }: GraphqlContext): Promise<PersonModel | null> {
    return PersonModel.load(loaders.user, attachment.uploadedById);
  }
}
