import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { riskScaleProblem } from '@tvaers/domain';
import { invalidField } from '../../common/errors/domain-errors.js';

/** For a plain Int argument on the 1–5 risk scale: absent passes, anything else must be on the scale. */
@Injectable()
export class RiskScalePipe implements PipeTransform<number | null | undefined> {
  transform(value: number | null | undefined, metadata: ArgumentMetadata): number | undefined {
    if (value === null || value === undefined) return undefined;
    const problem = riskScaleProblem(value);
    if (problem) throw invalidField(metadata.data ?? 'scale', problem);
    return value;
  }
}
