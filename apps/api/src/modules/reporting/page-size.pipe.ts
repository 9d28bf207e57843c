import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { invalidField } from '../../common/errors/domain-errors.js';

/** A page size for the notification and outbox lists: 1 to 200. */
@Injectable()
export class PageSizePipe implements PipeTransform<number> {
  transform(value: number, metadata: ArgumentMetadata): number {
    if (!Number.isInteger(value) || value < 1 || value > 200)
      throw invalidField(metadata.data ?? 'first', 'must be a whole number from 1 to 200');
    return value;
  }
}
