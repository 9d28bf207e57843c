/**
 * Each project's lights from its newest APPROVED status report ($1 programme; $2 the latest period to
 * consider, null for all): the override where the office set one, otherwise the computed light.
 * Drafts, submitted and returned reports never reach the public (row-level security agrees).
 */
export const APPROVED_LIGHTS_SQL = `
SELECT DISTINCT ON (s.project_id) s.project_id, s.period,
       COALESCE(s.override_cost_rag, s.computed_cost_rag) AS cost,
       COALESCE(s.override_schedule_rag, s.computed_schedule_rag) AS schedule,
       COALESCE(s.override_benefit_rag, s.computed_benefit_rag) AS benefit
  FROM status_reports s JOIN projects p ON p.id = s.project_id
 WHERE p.programme_id = $1 AND s.state = 'APPROVED' AND ($2::text IS NULL OR s.period <= $2::text)
 ORDER BY s.project_id, s.period DESC`;

export const SNAPSHOT_PERIODS_SQL = `SELECT period FROM open_data_snapshots WHERE programme_id = $1 ORDER BY period DESC`;

export const PUBLIC_PROGRAMMES_SQL = `SELECT id, name, currency FROM programmes ORDER BY name`;
