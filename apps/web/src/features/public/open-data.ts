import { useEffect, useState } from 'react';
import type { ProjectPhase, Rag } from '../../generated/graphql';

/** The public open-data feed (tvaers-open-data/1), as GET /exports/programmes/:id/portfolio.json returns it. */
export interface OpenDataFeed {
  generatedAt: string;
  period: string | null;
  periods: string[];
  programme: { id: string; name: string; currency: string; fundingEnvelope: string };
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
    lights: { period: string; cost: Rag; schedule: Rag; benefit: Rag } | null;
  }[];
}

export type PublicState<T> = { status: 'loading' } | { status: 'error'; notFound: boolean } | { status: 'ok'; data: T };

/** GETs a public JSON document (no sign-in, no token), again when the URL changes. */
export function usePublicJson<T>(url: string | null): PublicState<T> {
  const [state, setState] = useState<PublicState<T>>({ status: 'loading' });
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return setState({ status: 'error', notFound: response.status === 404 || response.status === 400 });
        setState({ status: 'ok', data: (await response.json()) as T });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'error', notFound: false });
      });
    return () => controller.abort();
  }, [url]);
  return state;
}
