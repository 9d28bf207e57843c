import type { ProjectPhase, Rag } from './enums.js';

// The public open-data feed (format tvaers-open-data/1), as GET /exports/programmes/:id/portfolio.json
// returns it: the API builds it and the web app's public pages read it, both with this one type.
// Amounts are decimal strings; the feed carries codes, never labels.

/** A project's published lights: from its newest approved status report (null before any). */
export interface PublishedLights {
  period: string;
  cost: Rag;
  schedule: Rag;
  benefit: Rag;
}

/** The open-data feed (format tvaers-open-data/1): only what a programme publishes anyway. */
export interface OpenDataFeed {
  format: 'tvaers-open-data/1';
  generatedAt: string;
  /** The reporting period of a snapshot (figures as approved when its round closed); null when live. */
  period: string | null;
  /** The periods with a snapshot, newest first. */
  periods: string[];
  programme: { id: string; name: string; currency: string; periodStartYear: number; periodEndYear: number; fundingEnvelope: string };
  asOfYear: number;
  totals: {
    budget: string;
    actualCost: string;
    plannedBenefit: string;
    realisedBenefit: string;
    harvestedBenefit: string;
    realisationRate: string | null;
  };
  years: {
    fiscalYear: number;
    plannedCost: string;
    actualCost: string;
    plannedBenefit: string;
    realisedBenefit: string;
    harvestedBenefit: string;
  }[];
  projects: {
    code: string;
    title: string;
    phase: ProjectPhase;
    budget: string;
    actualCost: string;
    npv: string;
    paybackYear: number | null;
    realisationRate: string | null;
    lights: PublishedLights | null;
  }[];
}
