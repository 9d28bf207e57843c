/** Who may read /metrics (METRICS_TOKEN); see metrics.controller.ts. */
export interface MetricsConfig {
  token: string | undefined;
  production: boolean;
}

export const METRICS_CONFIG = Symbol('METRICS_CONFIG');
