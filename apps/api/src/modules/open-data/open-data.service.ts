import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentContext, currentUser, runWithContext } from '../../auth/request-context.js';
import { ReadDatabase } from '../../database/read-database.js';
import { InvalidTransitionError, invalidField, NotFoundError } from '../../common/errors/domain-errors.js';
import { findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { PortfolioService } from '../portfolio/portfolio.service.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ReportingRoundEntity } from '../reporting/reporting-round.entity.js';
import type { OpenDataFeed, PublishedLights } from './open-data.feed.js';
import { OpenDataSnapshotEntity } from './open-data-snapshot.entity.js';
import { APPROVED_LIGHTS_SQL, PUBLIC_PROGRAMMES_SQL, SNAPSHOT_PERIODS_SQL } from './open-data.queries.js';

const PERIOD = /^\d{4}-H[12]$/;

/** A reporting period as the public addresses it (`2026-H1`), or a field error naming `period`. */
export function periodParam(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!PERIOD.test(value)) throw invalidField('period', 'must be a half-year such as 2026-H1');
  return value;
}

/** Runs `fn` as the public reader: every programme, only what is published (row-level security). */
export function asPublic<T>(fn: () => Promise<T>): Promise<T> {
  // The operation stays: the audit trail names it, and a write's reads stay on the primary.
  return runWithContext({ publicReader: true, operation: currentContext()?.operation }, fn);
}

@Injectable()
export class OpenDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly read: ReadDatabase,
    private readonly portfolio: PortfolioService,
  ) {}

  /** The programmes with a public dashboard (all of them), for the sign-in page's links. */
  publicProgrammes(): Promise<{ id: string; name: string; currency: string }[]> {
    return asPublic(() => this.read.source.query(PUBLIC_PROGRAMMES_SQL));
  }

  /** The feed now, or for a closed period as it was published then; NOT_FOUND for a period never closed. */
  async feed(programmeId: string, period?: string): Promise<OpenDataFeed> {
    return asPublic(async () => {
      const database = this.read.source;
      const programme = await findOrFail(database.manager, ProgrammeEntity, 'Programme', programmeId);
      const periods = ((await database.query(SNAPSHOT_PERIODS_SQL, [programmeId])) as { period: string }[]).map((r) => r.period);
      if (!period) return { ...(await this.liveFeed(programme)), periods };
      const snapshot = await database.manager.findOne(OpenDataSnapshotEntity, { where: { programmeId, period } });
      if (!snapshot) throw new NotFoundError('Published period', period);
      return { ...snapshot.feed, periods };
    });
  }

  /**
   * Closes a reporting round: the feed as the public sees it now, with lights from reports approved
   * up to the round's period, is kept as that period's snapshot, in the same transaction as the close.
   * A round closes once; a concurrent second close fails on the round's version.
   */
  async closeRound(id: string, version: number): Promise<ReportingRoundEntity> {
    const round = await findOrFail(this.dataSource.manager, ReportingRoundEntity, 'ReportingRound', id);
    if (round.closedAt) throw new InvalidTransitionError(`The reporting round ${round.period} is already closed`);
    const feed = await asPublic(async () =>
      this.liveFeed(await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', round.programmeId), round.period),
    );
    return this.dataSource.transaction(async (manager) => {
      const closed = await updateVersioned(manager, ReportingRoundEntity, 'ReportingRound', id, version, {
        closedAt: new Date(),
        closedById: currentUser()?.id ?? null,
      });
      await insertAndReload(manager, OpenDataSnapshotEntity, 'OpenDataSnapshot', {
        programmeId: round.programmeId,
        period: round.period,
        feed: { ...feed, period: round.period },
      });
      return closed;
    });
  }

  /** The live figures: the portfolio summary (as the public reader) and each project's approved lights. */
  private async liveFeed(programme: ProgrammeEntity, upToPeriod?: string): Promise<OpenDataFeed> {
    // On a read replica the feed is as fresh as the replica, not as the clock.
    const [summary, lights, dataAsOf] = await Promise.all([
      this.portfolio.summary(programme.id),
      this.read.source.query(APPROVED_LIGHTS_SQL, [programme.id, upToPeriod ?? null]) as Promise<
        (PublishedLights & { project_id: string })[]
      >,
      this.read.dataAsOfOrNow(),
    ]);
    const lightsOf = new Map(lights.map(({ project_id, ...light }) => [project_id, light]));
    return {
      format: 'tvaers-open-data/1',
      generatedAt: dataAsOf.toISOString(),
      period: null,
      periods: [],
      programme: {
        id: programme.id,
        name: programme.name,
        currency: programme.currency,
        periodStartYear: programme.periodStartYear,
        periodEndYear: programme.periodEndYear,
        fundingEnvelope: programme.fundingEnvelope,
      },
      asOfYear: summary.asOfYear,
      totals: {
        budget: summary.totalBudget,
        actualCost: summary.actualCost,
        plannedBenefit: summary.plannedBenefit,
        realisedBenefit: summary.realisedBenefit,
        harvestedBenefit: summary.harvestedBenefit,
        realisationRate: summary.realisationRate,
      },
      years: summary.years.map((y) => ({
        fiscalYear: y.fiscalYear,
        plannedCost: y.plannedCost,
        actualCost: y.actualCost,
        plannedBenefit: y.plannedBenefit,
        realisedBenefit: y.realisedBenefit,
        harvestedBenefit: y.harvestedBenefit,
      })),
      projects: summary.projects.map((p) => ({
        code: p.code,
        title: p.title,
        phase: p.phase,
        budget: p.budget,
        actualCost: p.actualCost,
        npv: p.npv,
        paybackYear: p.paybackYear,
        realisationRate: p.realisationRate,
        lights: lightsOf.get(p.projectId) ?? null,
      })),
    };
  }
}
