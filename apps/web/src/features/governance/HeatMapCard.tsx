import { useState } from 'react';
import type { DashboardQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { Link } from '@tanstack/react-router';

type Summary = DashboardQuery['portfolioSummary'];
const SCALE = [1, 2, 3, 4, 5];

/** Low, medium, high or very high by score (probability × impact), as in the Danish state's risk template. */
function band(score: number): string {
  if (score >= 15) return 'very-high';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

/**
 * The 5×5 risk heat map of the filtered portfolio, inherent or residual. It is a table (impact down the
 * side, probability along the top), so a screen reader reads each cell with its headers; every cell
 * with risks links to the list of exactly those risks, keeping the dashboard's filters.
 */
export function HeatMapCard({ summary }: { summary: Summary }) {
  const { t } = useI18n();
  const [residual, setResidual] = useState(false);
  const cells = residual ? summary.residualRiskMatrix : summary.riskMatrix;
  const count = (p: number, i: number) => cells.find((c) => c.probability === p && c.impact === i)?.count ?? 0;
  return (
    <section className="card" aria-labelledby="heat-map-title">
      <div className="card-head">
        <h2 id="heat-map-title">{t.governance.heatMap}</h2>
        <div className="segmented" role="group" aria-label={t.governance.heatMap}>
          <button type="button" aria-pressed={!residual} onClick={() => setResidual(false)}>
            {t.governance.inherent}
          </button>
          <button type="button" aria-pressed={residual} onClick={() => setResidual(true)}>
            {t.governance.residualView}
          </button>
        </div>
      </div>
      <p className="card-description">{t.governance.heatMapDescription}</p>
      <table className="heat-map">
        <caption className="visually-hidden">
          {t.governance.heatMap} ({residual ? t.governance.residualView : t.governance.inherent})
        </caption>
        <thead>
          <tr>
            <td className="axis-corner">
              <span className="meta">
                {t.governance.impact} ↓ / {t.governance.probability} →
              </span>
            </td>
            {SCALE.map((p) => (
              <th key={p} scope="col">
                <span className="visually-hidden">{t.governance.probability} </span>
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...SCALE].reverse().map((i) => (
            <tr key={i}>
              <th scope="row">
                <span className="visually-hidden">{t.governance.impact} </span>
                {i}
              </th>
              {SCALE.map((p) => {
                const n = count(p, i);
                return (
                  <td key={p} className={`heat heat-${band(p * i)}`}>
                    {n > 0 ? (
                      <Link
                        from="/"
                        to="/risks"
                        search={(dashboard) => ({ ...dashboard, p, i, residual: residual ? true : undefined })}
                        aria-label={t.governance.cell(p, i, n)}
                      >
                        {n}
                      </Link>
                    ) : (
                      <span aria-label={t.governance.cell(p, i, 0)}>·</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {summary.riskReviewsOverdue > 0 && <p className="flag">⚠ {t.governance.reviewsOverdue(summary.riskReviewsOverdue)}</p>}
      <p>
        <Link from="/" to="/risks" search={(dashboard) => dashboard}>
          {t.governance.allActiveRisks}
        </Link>
      </p>
    </section>
  );
}
