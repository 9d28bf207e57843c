import type { DashboardQuery } from '../../../generated/graphql';

export type FiguresRowFragment = DashboardQuery['portfolioSummary']['bestByNpv'][number];
