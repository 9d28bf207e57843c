import { Injectable } from '@nestjs/common';
import {
  type BenefitKind,
  type BenefitUnit,
  currentFiscalYear,
  Decimal,
  fiscalYearOf,
  harvestRate,
  monetise,
  netBenefit,
  netPresentValue,
  paybackYear,
  realisationRate,
  type YearAmount,
  yearlyCashFlows,
} from '@tvaers/domain';
import { DataSource } from 'typeorm';
import { moneyOutput, rateOutput } from '../../common/graphql/decimal-output.js';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { BenefitMeasurementEntity } from '../benefits/benefit-measurement.entity.js';
import { BenefitTargetEntity } from '../benefits/benefit-target.entity.js';
import { BenefitEntity } from '../benefits/benefit.entity.js';
import { BudgetLineEntity } from '../budget/budget-line.entity.js';
import { CostActualEntity } from '../budget/cost-actual.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import type { BusinessCaseModel } from './business-case.model.js';

@Injectable()
export class BusinessCaseService {
  constructor(private readonly dataSource: DataSource) {}

  /** `today` decides the default as-of year (the fiscal year containing it). */
  async forProject(projectId: string, asOfYear?: number, today = new Date()): Promise<BusinessCaseModel> {
    const m = this.dataSource.manager;
    const project = await findOrFail(m, ProjectEntity, 'Project', projectId);
    const [programme, budgetLines, costs, benefits] = await Promise.all([
      findOrFail(m, ProgrammeEntity, 'Programme', project.programmeId),
      m.find(BudgetLineEntity, { where: { projectId } }),
      m.find(CostActualEntity, { where: { projectId } }),
      m.find(BenefitEntity, { where: { projectId } }),
    ]);
    const benefitIds = benefits.map((b) => b.id);
    const [targets, measurements] = benefitIds.length
      ? await Promise.all([
          m.createQueryBuilder(BenefitTargetEntity, 't').where('t.benefit_id = ANY(:ids::uuid[])', { ids: benefitIds }).getMany(),
          m.createQueryBuilder(BenefitMeasurementEntity, 'x').where('x.benefit_id = ANY(:ids::uuid[])', { ids: benefitIds }).getMany(),
        ])
      : [[], []];

    const rates = { hourlyRate: programme.hourlyRate, fteAnnualCost: programme.fteAnnualCost };
    const benefitById = new Map(benefits.map((b) => [b.id, b]));
    const monetised = (benefitId: string, fiscalYear: number, value: string): YearAmount[] => {
      const b = benefitById.get(benefitId)!;
      const amount = monetise(b.kind as BenefitKind, b.unit as BenefitUnit, value, rates);
      return amount ? [{ fiscalYear, amount }] : [];
    };
    const plannedCost: YearAmount[] = budgetLines.map((l) => ({ fiscalYear: l.fiscalYear, amount: l.amount }));
    const actualCost: YearAmount[] = costs.map((c) => ({
      fiscalYear: fiscalYearOf(c.date, programme.fiscalYearStartMonth),
      amount: c.amount,
    }));
    const plannedBenefit = targets.flatMap((t) => monetised(t.benefitId, t.fiscalYear, t.value));
    const proven = measurements.filter((x) => x.status !== 'REPORTED');
    const realisedBenefit = proven.flatMap((x) => monetised(x.benefitId, x.fiscalYear, x.value));
    const harvestedBenefit = proven.filter((x) => x.status === 'HARVESTED').flatMap((x) => monetised(x.benefitId, x.fiscalYear, x.value));

    const planned = yearlyCashFlows(plannedCost, plannedBenefit);
    const realised = yearlyCashFlows(actualCost, realisedBenefit);
    const asOf = asOfYear ?? currentFiscalYear(programme.fiscalYearStartMonth, today);
    const total = (rows: YearAmount[]) => rows.reduce((s, r) => s.plus(r.amount), new Decimal(0));
    const byYear = (rows: YearAmount[], year: number) => total(rows.filter((r) => r.fiscalYear === year));
    const years = [...new Set([...plannedCost, ...actualCost, ...plannedBenefit, ...realisedBenefit].map((r) => r.fiscalYear))].sort();

    return {
      projectId,
      programmeId: project.programmeId,
      npv: moneyOutput(netPresentValue(planned, programme.discountRate)),
      realisedNpv: moneyOutput(netPresentValue(realised, programme.discountRate)),
      netBenefit: moneyOutput(netBenefit(planned)),
      paybackYear: paybackYear(planned) ?? null,
      asOfYear: asOf,
      realisationRate: rateOutput(realisationRate(plannedBenefit, realisedBenefit, asOf)),
      harvestRate: rateOutput(harvestRate(total(harvestedBenefit), total(realisedBenefit))),
      years: years.map((fiscalYear) => ({
        fiscalYear,
        plannedCost: moneyOutput(byYear(plannedCost, fiscalYear)),
        actualCost: moneyOutput(byYear(actualCost, fiscalYear)),
        plannedBenefit: moneyOutput(byYear(plannedBenefit, fiscalYear)),
        realisedBenefit: moneyOutput(byYear(realisedBenefit, fiscalYear)),
      })),
    };
  }
}
