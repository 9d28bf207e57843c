// The statements of the PDF briefing beyond the dashboard's figures. Each takes the briefed projects'
// ids as $1 (the dashboard filter already applied) and reads in the export's snapshot.

/** Per project and fiscal year: budget, spent, monetised planned and realised benefits (the rollups). */
export const BRIEFING_YEARS_SQL = `
  SELECT project_id AS "projectId", fiscal_year AS "fiscalYear",
         coalesce(planned_cost, 0)::text AS "plannedCost", coalesce(actual_cost, 0)::text AS "actualCost",
         coalesce(planned_benefit, 0)::text AS "plannedBenefit", coalesce(realised_benefit, 0)::text AS "realisedBenefit"
    FROM project_year_rollups
   WHERE project_id = ANY($1::uuid[])
   ORDER BY project_id, fiscal_year`;

export const BRIEFING_PARTNERS_SQL = `
  SELECT pa.project_id AS "projectId", o.name, o.sector, pa.roles
    FROM participations pa JOIN organisations o ON o.id = pa.organisation_id
   WHERE pa.project_id = ANY($1::uuid[])
   ORDER BY pa.project_id, o.name`;

export const BRIEFING_MILESTONES_SQL = `
  SELECT project_id AS "projectId", title, baseline_date::text AS "baselineDate",
         forecast_date::text AS "forecastDate", actual_date::text AS "actualDate"
    FROM milestones
   WHERE project_id = ANY($1::uuid[])
   ORDER BY project_id, baseline_date, title`;

/** Per benefit and fiscal year: target, the owner's forecast and what was measured (validated or harvested). */
export const BRIEFING_BENEFITS_SQL = `
  SELECT b.project_id AS "projectId", b.id AS "benefitId", b.title, b.unit, v.fiscal_year AS "fiscalYear",
         sum(v.target)::text AS target, sum(v.forecast)::text AS forecast, sum(v.measured)::text AS measured
    FROM benefits b
    JOIN (SELECT benefit_id, fiscal_year, value AS target, NULL::numeric AS forecast, NULL::numeric AS measured FROM benefit_targets
          UNION ALL
          SELECT benefit_id, fiscal_year, NULL, value, NULL FROM benefit_forecasts
          UNION ALL
          SELECT benefit_id, fiscal_year, NULL, NULL, value FROM benefit_measurements WHERE status <> 'REPORTED') v
      ON v.benefit_id = b.id
   WHERE b.project_id = ANY($1::uuid[])
   GROUP BY b.project_id, b.id, b.title, b.unit, v.fiscal_year
   ORDER BY b.project_id, b.title, b.id, v.fiscal_year`;

/** Each project's newest APPROVED status report: never a draft, a submitted or a returned one. */
export const BRIEFING_APPROVED_REPORTS_SQL = `
  SELECT DISTINCT ON (project_id) project_id AS "projectId", period, narrative,
         delivery_confidence AS "deliveryConfidence"
    FROM status_reports
   WHERE project_id = ANY($1::uuid[]) AND state = 'APPROVED'
   ORDER BY project_id, period DESC, decided_at DESC`;

/** Each project's three highest-scoring active risks (residual score where assessed, else inherent). */
export const BRIEFING_TOP_RISKS_SQL = `
  SELECT "projectId", title, owner, score, "residualScore"
    FROM (SELECT project_id AS "projectId", title, owner, probability * impact AS score,
                 residual_probability * residual_impact AS "residualScore",
                 row_number() OVER (PARTITION BY project_id
                                    ORDER BY coalesce(residual_probability * residual_impact, probability * impact) DESC, title) AS rank
            FROM risks
           WHERE project_id = ANY($1::uuid[]) AND status IN ('OPEN', 'MITIGATING')) ranked
   WHERE rank <= 3
   ORDER BY "projectId", rank`;

/** The programme's newest reporting round and newest published snapshot (the previous period's figures). */
export const BRIEFING_PERIODS_SQL = `
  SELECT (SELECT period FROM reporting_rounds WHERE programme_id = $1 ORDER BY period DESC LIMIT 1) AS "currentPeriod",
         (SELECT jsonb_build_object('period', period, 'totals', feed->'totals')
            FROM open_data_snapshots WHERE programme_id = $1 ORDER BY period DESC LIMIT 1) AS "previous"`;

export const BRIEFING_TRACKS_SQL = `SELECT id, name FROM tracks WHERE programme_id = $1`;

/** The language the signed-in reader chose for documents (null: none chosen). */
export const BRIEFING_READER_LANGUAGE_SQL = `SELECT language FROM users WHERE id = $1`;
