import type { Tolerances } from '@tvaers/domain';
import type { ProgrammeEntity } from './programme.entity.js';

/** The traffic-light tolerances a programme row holds. */
export function tolerancesOf(p: ProgrammeEntity): Tolerances {
  return {
    costAmberOverrunRate: p.costAmberOverrunRate,
    costRedOverrunRate: p.costRedOverrunRate,
    costRedOverrunAmount: p.costRedOverrunAmount,
    scheduleAmberDays: p.scheduleAmberDays,
    scheduleRedDays: p.scheduleRedDays,
    benefitGreenRate: p.benefitGreenRate,
    benefitAmberRate: p.benefitAmberRate,
  };
}
