import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { fiscalYearProblem } from '@tvaers/domain';
import { invalidField } from '../errors/domain-errors.js';

/** For a plain Int argument that is a fiscal year (e.g. asOfYear): absent passes, anything else must fit. */
@Injectable()
export class FiscalYearPipe implements PipeTransform<number | null | undefined> {
  transform(value: number | null | undefined, metadata: ArgumentMetadata): number | undefined {
    if (value === null || value === undefined) return undefined;
    const problem = fiscalYearProblem(value);
    if (problem) throw invalidField(metadata.data ?? 'fiscalYear', problem);
    return value;
  }
}
