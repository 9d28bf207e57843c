import { Injectable } from '@nestjs/common';
import { adoptionBenefitByYear, adoptionBenefitWaiting, type BenefitKind, type BenefitUnit, Decimal, monetise } from '@tvaers/domain';
import { moneyOutput } from '../../common/graphql/decimal-output.js';
import type { BenefitModel } from '../benefits/benefit.model.js';
import type { ProgrammeEntity } from '../programmes/programme.entity.js';
import type { AdoptionEntity } from './adoption.entity.js';
import type { AdoptionBenefitModel } from './adoption-benefit.model.js';

const quantity = (value: Decimal) => value.toFixed(4, Decimal.ROUND_HALF_UP);

/** The expected and realised values of an adoption-driven benefit (libs/domain adoption-benefits.ts). */
@Injectable()
export class AdoptionBenefitService {
  /**
   * Years shown: the programme's period, extended to the benefit's last target year and the last
   * planned or actual go-live year, so a late adopter's first year is never cut off.
   */
  of(
    benefit: BenefitModel,
    perAdopter: string,
    adoptions: AdoptionEntity[],
    targetYears: number[],
    programme: ProgrammeEntity,
  ): AdoptionBenefitModel {
    const adopters = adoptions.map((a) => ({ plannedLiveDate: a.plannedLiveDate, liveDate: a.state === 'LIVE' ? a.liveDate : null }));
    const dateYears = adopters
      .flatMap((a) => [a.plannedLiveDate, a.liveDate])
      .filter((d): d is string => d !== null)
      .map((d) => Number(d.slice(0, 4)) + 1);
    const last = Math.max(programme.periodEndYear, ...targetYears, ...dateYears);
    const years = Array.from({ length: last - programme.periodStartYear + 1 }, (_, i) => programme.periodStartYear + i);
    const rates = { hourlyRate: programme.hourlyRate, fteAnnualCost: programme.fteAnnualCost };
    const money = (value: Decimal) => {
      const amount = monetise(benefit.kind as BenefitKind, benefit.unit as BenefitUnit, value, rates);
      return amount === undefined ? null : moneyOutput(amount);
    };
    const waiting = adoptionBenefitWaiting(perAdopter, adopters);
    return {
      perAdopter,
      adopters: adopters.length,
      live: adopters.filter((a) => a.liveDate).length,
      withoutPlan: adopters.filter((a) => !a.liveDate && !a.plannedLiveDate).length,
      years: adoptionBenefitByYear(perAdopter, adopters, years, programme.fiscalYearStartMonth).map((y) => ({
        fiscalYear: y.fiscalYear,
        plannedMonths: y.plannedMonths,
        actualMonths: y.actualMonths,
        expected: quantity(y.expected),
        realised: quantity(y.realised),
        expectedMonetised: money(y.expected),
        realisedMonetised: money(y.realised),
      })),
      waitingAdopters: waiting.adopters,
      waitingPerYear: quantity(waiting.perYear),
      waitingPerYearMonetised: money(waiting.perYear),
    };
  }
}
