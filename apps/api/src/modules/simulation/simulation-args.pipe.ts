import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { SIMULATION_MAX_ITERATIONS, SIMULATION_MAX_SEED } from '@tvaers/domain';
import { invalidField } from '../../common/errors/domain-errors.js';

/** `iterations` 1–100,000 and `seed` 0–2³¹−1, refused naming the argument. */
@Injectable()
export class SimulationArgPipe implements PipeTransform<number> {
  transform(value: number, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'iterations';
    const [min, max] = name === 'seed' ? [0, SIMULATION_MAX_SEED] : [1, SIMULATION_MAX_ITERATIONS];
    if (!Number.isInteger(value) || value < min || value > max) throw invalidField(name, `must be a whole number from ${min} to ${max}`);
    return value;
  }
}
