import type { DataSource } from 'typeorm';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { AttachmentEntity } from './attachment.entity.js';

export function attachmentLoaders(ds: DataSource) {
  return {
    /** Evidence files by record id (ids are UUIDs, unique across the record kinds). */
    attachmentsByRecord: rowsGroupedBy(ds, AttachmentEntity, 'recordId', { uploadedAt: 'ASC', id: 'ASC' }),
  };
}
