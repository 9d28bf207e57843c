import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AttachmentKind } from '@tvaers/domain';
import { AttachmentKindEnum } from '../../common/graphql/enums.js';
import type { AttachmentEntity } from './attachment.entity.js';

@ObjectType('Attachment', { description: 'An evidence file: download it at /attachments/{id}; the SHA-256 was computed by the server.' })
export class AttachmentModel {
  @Field(() => ID) id!: string;
  @Field(() => AttachmentKindEnum) recordKind!: AttachmentKind;
  @Field(() => ID) recordId!: string;
  @Field() fileName!: string;
  @Field({ description: 'Detected from the content: PDF, PNG, JPEG, XLSX, DOCX, CSV or TXT.' }) mediaType!: string;
  @Field(() => Int, { description: 'Bytes.' }) size!: number;
  @Field({ description: 'Hex SHA-256 of the content.' }) sha256!: string;
  @Field(() => GraphQLISODateTime) uploadedAt!: Date;
  uploadedById!: string | null;

  static from(e: AttachmentEntity): AttachmentModel {
    return Object.assign(new AttachmentModel(), {
      id: e.id,
      recordKind: e.recordKind as AttachmentKind,
      recordId: e.recordId,
      fileName: e.fileName,
      mediaType: e.mediaType,
      size: e.size,
      sha256: e.sha256,
      uploadedAt: e.uploadedAt,
      uploadedById: e.uploadedById,
    });
  }

  /** The JSON answer of an upload (no resolver there to fill uploadedBy). */
  toJSON(): object {
    const { uploadedById, ...rest } = this;
    return { ...rest, uploadedBy: uploadedById ? { id: uploadedById } : null };
  }
}
