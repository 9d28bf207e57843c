import { type LoaderFactories } from '../../graphql/loader-set.js';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { AttachmentEntity } from './attachment.entity.js';

export const attachmentLoaders = {
  /** Evidence files by record id (ids are UUIDs, unique across the record kinds). */
  attachmentsByRecord: (ds) => rowsGroupedBy(ds, AttachmentEntity, 'recordId', { uploadedAt: 'ASC', id: 'ASC' }),
} satisfies LoaderFactories;
