import { PROJECT_SCOPE } from '../projects/project-scope.js';

// Portfolio analytics in SQL: each statement aggregates a whole programme at once (no per-project
// queries). Money stays numeric end to end; monetisation mirrors libs/domain `monetise`:
// CURRENCY as is, HOURS × hourly rate, FTE × FTE cost, DIS_BENEFIT negative, QUALITATIVE and other
// units excluded. $1 = programme id; $2 the as-of fiscal year or the grouping; $3–$9 the filter;
// $10 the project ids (null: all).

const MONETISED = (
  value: string,
) => `(CASE b.unit WHEN 'CURRENCY' THEN ${value} WHEN 'HOURS' THEN ${value} * prog.hourly_rate WHEN 'FTE' THEN ${value} * prog.fte_annual_cost END)
      * (CASE WHEN b.kind = 'DIS_BENEFIT' THEN -1 ELSE 1 END)`;
const MONETISABLE = `b.kind <> 'QUALITATIVE' AND b.unit IN ('CURRENCY', 'HOURS', 'FTE')`;
const COST_FISCAL_YEAR = `(extract(year FROM c.date)::int - CASE WHEN extract(month FROM c.date) < prog.fiscal_year_start_month THEN 1 ELSE 0 END)`;

/**
 * The programme's benefit targets or measurements summed per benefit kind and unit (plus `keys`), as
 * a relation `b` with columns kind, unit, value. Monetising after summing is exact (numeric sums and
 * products do not round) and multiplies a few thousand groups instead of a million rows.
 */
const SUMMED = (table: 'benefit_targets' | 'benefit_measurements', keys: string[], where = 'TRUE') => `(
    SELECT ${keys.join(', ')}, b.kind, b.unit, sum(v.value) AS value
      FROM ${table} v JOIN benefits b ON b.id = v.benefit_id JOIN projects p ON p.id = b.project_id
     WHERE ${PROJECT_SCOPE} AND ${where}
     GROUP BY ${keys.map((_, i) => i + 1).join(', ')}, b.kind, b.unit) b`;
const MONETISABLE_TARGETS = (keys: string[]) => `${SUMMED('benefit_targets', keys, MONETISABLE)} CROSS JOIN prog`;

/**
 * Common CTEs: the programme, its projects, and every money flow reduced to one row per project and
 * fiscal year, computed from the base rows. Each large table is read once. The dashboards read the
 * maintained rollups instead (ROLLUP_FLOWS); this is the full recomputation that the property test and
 * `npm run bench` compare them with.
 */
const RECOMPUTED_FLOWS = `
  prog AS (SELECT * FROM programmes WHERE id = $1),
  proj AS (SELECT p.* FROM projects p WHERE ${PROJECT_SCOPE}),
  planned_cost AS (
    SELECT bl.project_id, bl.fiscal_year, sum(bl.amount) AS amount,
           sum(bl.amount) FILTER (WHERE bl.funder_id = prog.fund_organisation_id) AS co_funding
      FROM budget_lines bl JOIN projects p ON p.id = bl.project_id CROSS JOIN prog WHERE ${PROJECT_SCOPE} GROUP BY 1, 2),
  actual_cost AS (
    SELECT c.project_id, ${COST_FISCAL_YEAR} AS fiscal_year, sum(c.amount) AS amount
      FROM cost_actuals c JOIN projects p ON p.id = c.project_id CROSS JOIN prog WHERE ${PROJECT_SCOPE} GROUP BY 1, 2),
  planned_benefit AS (
    SELECT project_id, fiscal_year, sum(${MONETISED('b.value')}) AS amount
      FROM ${MONETISABLE_TARGETS(['b.project_id', 'v.fiscal_year'])} GROUP BY 1, 2),
  measured_flows AS (
    SELECT project_id, fiscal_year,
           sum(${MONETISED('b.value')}) FILTER (WHERE ${MONETISABLE}) AS amount,
           sum(${MONETISED('b.value')}) FILTER (WHERE ${MONETISABLE} AND status = 'HARVESTED') AS harvested,
           sum(b.value) FILTER (WHERE b.unit = 'HOURS' AND b.kind <> 'DIS_BENEFIT') AS hours,
           sum(b.value) FILTER (WHERE b.unit = 'FTE' AND b.kind <> 'DIS_BENEFIT') AS fte
      FROM ${SUMMED('benefit_measurements', ['b.project_id', 'v.fiscal_year', 'v.status'], "v.status IN ('VALIDATED', 'HARVESTED')")} CROSS JOIN prog
     GROUP BY 1, 2),
  measured_benefit AS (SELECT project_id, fiscal_year, amount, harvested FROM measured_flows WHERE amount IS NOT NULL)`;

/**
 * The same CTEs from the rollups the triggers maintain (migration PortfolioRollups): one row per
 * project and fiscal year instead of every target and measurement. A null amount means no such rows,
 * so each CTE has exactly the rows RECOMPUTED_FLOWS has.
 */
/**
 * A year's net flow discounted to the project's first year, to 20 decimals. PostgreSQL gives a
 * numeric quotient only max(16 significant digits, the operands' scales) of precision: 3e12 / 1.04
 * came out to 4 decimals, and the sum of such terms could miss the øre that libs/domain (40 digits)
 * finds. Operands of scale 20 make every term exact to 1e-20 (1.04^n is exact up to n = 10).
 */
export const DISCOUNTED = (net: string, rate: string) => `round(${net}, 20) / power(round(1 + ${rate}, 20), fiscal_year - t0)`;

const ROLLUP_FLOWS = `
  prog AS (SELECT * FROM programmes WHERE id = $1),
  proj AS (SELECT p.* FROM projects p WHERE ${PROJECT_SCOPE}),
  rollup AS (SELECT r.* FROM project_year_rollups r JOIN proj ON proj.id = r.project_id),
  planned_cost AS (SELECT project_id, fiscal_year, planned_cost AS amount, co_funding FROM rollup WHERE planned_cost IS NOT NULL),
  actual_cost AS (SELECT project_id, fiscal_year, actual_cost AS amount FROM rollup WHERE actual_cost IS NOT NULL),
  planned_benefit AS (SELECT project_id, fiscal_year, planned_benefit AS amount FROM rollup WHERE planned_benefit IS NOT NULL),
  measured_flows AS (
    SELECT project_id, fiscal_year, realised_benefit AS amount, harvested_benefit AS harvested, hours_freed AS hours, fte_freed AS fte
      FROM rollup WHERE measured),
  measured_benefit AS (SELECT project_id, fiscal_year, amount, harvested FROM measured_flows WHERE amount IS NOT NULL)`;

/** Monetised planned benefit per project and receiving organisation, as `received (project_id, organisation_id, amount)`. */
const RECOMPUTED_RECEIVED = `received AS (SELECT project_id, receiver_id AS organisation_id, sum(${MONETISED('b.value')}) AS amount FROM ${MONETISABLE_TARGETS(['b.project_id', 'b.receiver_id'])} GROUP BY 1, 2)`;
const ROLLUP_RECEIVED = `received AS (SELECT r.project_id, r.receiver_id AS organisation_id, r.planned_benefit AS amount FROM project_receiver_rollups r JOIN proj ON proj.id = r.project_id)`;

/**
 * `money`: one row per project with its totals, the as-of-year parts ($2), NPVs, net benefit and
 * payback year, recomputed from the flows above.
 */
const RECOMPUTED_MONEY = `
  planned_net AS (
    SELECT project_id, fiscal_year, sum(amount) AS net FROM (
      SELECT project_id, fiscal_year, -amount AS amount FROM planned_cost
      UNION ALL SELECT project_id, fiscal_year, amount FROM planned_benefit) f
    GROUP BY project_id, fiscal_year),
  realised_net AS (
    SELECT project_id, fiscal_year, sum(amount) AS net FROM (
      SELECT project_id, fiscal_year, -amount AS amount FROM actual_cost
      UNION ALL SELECT project_id, fiscal_year, amount FROM measured_benefit) f
    GROUP BY project_id, fiscal_year),
  planned_npv AS (
    SELECT project_id, sum(${DISCOUNTED('net', 'prog.discount_rate')}) AS npv, sum(net) AS net_benefit
      FROM (SELECT *, min(fiscal_year) OVER (PARTITION BY project_id) AS t0 FROM planned_net) x CROSS JOIN prog
     GROUP BY project_id),
  realised_npv AS (
    SELECT project_id, sum(${DISCOUNTED('net', 'prog.discount_rate')}) AS npv
      FROM (SELECT *, min(fiscal_year) OVER (PARTITION BY project_id) AS t0 FROM realised_net) x CROSS JOIN prog
     GROUP BY project_id),
  payback AS (
    SELECT DISTINCT ON (project_id) project_id, fiscal_year
      FROM (SELECT project_id, fiscal_year, sum(net) OVER (PARTITION BY project_id ORDER BY fiscal_year) AS cumulative FROM planned_net) x
     WHERE cumulative >= 0 ORDER BY project_id, fiscal_year),
  pc AS (
    SELECT project_id, sum(amount) AS total, sum(co_funding) AS co_funding, sum(amount) FILTER (WHERE fiscal_year = $2) AS current_year,
           sum(amount) FILTER (WHERE fiscal_year > $2) AS remaining
      FROM planned_cost GROUP BY 1),
  ac AS (
    SELECT project_id, sum(amount) AS total, sum(amount) FILTER (WHERE fiscal_year < $2) AS before,
           sum(amount) FILTER (WHERE fiscal_year = $2) AS current_year
      FROM actual_cost GROUP BY 1),
  pbf AS (SELECT project_id, sum(amount) FILTER (WHERE fiscal_year <= $2) AS to_date, sum(amount) AS total FROM planned_benefit GROUP BY 1),
  mbf AS (
    SELECT project_id, sum(amount) AS total, sum(amount) FILTER (WHERE fiscal_year <= $2) AS to_date, sum(harvested) AS harvested
      FROM measured_benefit GROUP BY 1),
  money AS (
    SELECT p.id AS project_id, pc.total AS budget, pc.co_funding, pc.current_year AS budget_current_year, pc.remaining AS budget_later_years,
           ac.total AS actual_cost, ac.before AS actual_cost_before, ac.current_year AS actual_cost_current_year,
           pbf.to_date AS planned_to_date, pbf.total AS planned_total, mbf.to_date AS realised_to_date, mbf.total AS realised_total,
           mbf.harvested, pn.npv, pn.net_benefit, rn.npv AS realised_npv, pb.fiscal_year AS payback_year
      FROM proj p
      LEFT JOIN pc ON pc.project_id = p.id
      LEFT JOIN ac ON ac.project_id = p.id
      LEFT JOIN pbf ON pbf.project_id = p.id
      LEFT JOIN mbf ON mbf.project_id = p.id
      LEFT JOIN planned_npv pn ON pn.project_id = p.id
      LEFT JOIN realised_npv rn ON rn.project_id = p.id
      LEFT JOIN payback pb ON pb.project_id = p.id)`;

/**
 * `money` from the rollups: the as-of-year parts in one pass over the project-year rollups, NPVs, net
 * benefit and payback kept per project (project_rollups) by the same triggers.
 */
const ROLLUP_MONEY = `
  as_of AS (
    SELECT project_id, sum(planned_cost) AS budget, sum(co_funding) AS co_funding,
           sum(planned_cost) FILTER (WHERE fiscal_year = $2) AS budget_current_year, sum(planned_cost) FILTER (WHERE fiscal_year > $2) AS budget_later_years,
           sum(actual_cost) AS actual_cost, sum(actual_cost) FILTER (WHERE fiscal_year < $2) AS actual_cost_before,
           sum(actual_cost) FILTER (WHERE fiscal_year = $2) AS actual_cost_current_year,
           sum(planned_benefit) FILTER (WHERE fiscal_year <= $2) AS planned_to_date, sum(planned_benefit) AS planned_total,
           sum(realised_benefit) FILTER (WHERE fiscal_year <= $2) AS realised_to_date, sum(realised_benefit) AS realised_total,
           sum(harvested_benefit) AS harvested
      FROM rollup GROUP BY project_id),
  money AS (
    SELECT p.id AS project_id, a.budget, a.co_funding, a.budget_current_year, a.budget_later_years, a.actual_cost, a.actual_cost_before,
           a.actual_cost_current_year, a.planned_to_date, a.planned_total, a.realised_to_date, a.realised_total, a.harvested,
           pr.planned_npv AS npv, pr.net_benefit, pr.realised_npv, pr.payback_year
      FROM proj p LEFT JOIN as_of a ON a.project_id = p.id LEFT JOIN project_rollups pr ON pr.project_id = p.id)`;

/** One row per project: totals, NPVs, payback, realisation inputs, baseline and adoption ($2 = as-of year), after `money`. */
const PROJECT_ROWS = `
  current_baseline AS (
    SELECT DISTINCT ON (project_id) project_id, total_cost, end_date, snapshot FROM baselines
     WHERE project_id IN (SELECT id FROM proj) ORDER BY project_id, baseline_number DESC),
  -- What the project now expects: the targets, with the owner's forecast instead where one is given
  -- (forecasts are few, so only their difference to the target of the same year is computed).
  forecast_change AS (
    SELECT b.project_id, sum(${MONETISED('f.value')} - COALESCE(${MONETISED('t.value')}, 0)) AS amount
      FROM benefit_forecasts f JOIN benefits b ON b.id = f.benefit_id JOIN proj ON proj.id = b.project_id CROSS JOIN prog
      LEFT JOIN benefit_targets t ON t.benefit_id = f.benefit_id AND t.fiscal_year = f.fiscal_year
     WHERE ${MONETISABLE} GROUP BY 1),
  baseline_benefit AS (
    SELECT cb.project_id, sum(${MONETISED("(t->>'value')::numeric")}) AS amount
      FROM current_baseline cb CROSS JOIN LATERAL jsonb_array_elements(cb.snapshot->'benefitTargets') t
      JOIN benefits b ON b.id = (t->>'benefitId')::uuid CROSS JOIN prog WHERE ${MONETISABLE} GROUP BY 1),
  -- Quantified benefits that are not money, for their achievement ratio (libs/domain achievement.ts):
  -- their targets and validated values as JSON per project, joined by hash rather than per benefit.
  non_monetised AS (
    SELECT b.id, b.project_id, b.kind, b.unit FROM benefits b JOIN proj ON proj.id = b.project_id
     WHERE b.kind IN ('CASH_RELEASING', 'NON_CASH') AND b.unit IN ('PERCENT', 'COUNT', 'SCORE', 'TCO2')),
  nm_targets AS (
    SELECT t.benefit_id, json_agg(json_build_object('fiscalYear', t.fiscal_year, 'value', t.value::text)) AS targets
      FROM benefit_targets t JOIN non_monetised nm ON nm.id = t.benefit_id GROUP BY 1),
  nm_validated AS (
    SELECT m.benefit_id, json_agg(json_build_object('fiscalYear', m.fiscal_year, 'value', m.value::text)) AS validated
      FROM benefit_measurements m JOIN non_monetised nm ON nm.id = m.benefit_id
     WHERE m.status IN ('VALIDATED', 'HARVESTED') GROUP BY 1),
  achievement AS (
    SELECT nm.project_id, json_agg(json_build_object('kind', nm.kind, 'unit', nm.unit,
             'targets', COALESCE(t.targets, '[]'), 'validated', COALESCE(v.validated, '[]'))) AS benefits
      FROM non_monetised nm LEFT JOIN nm_targets t ON t.benefit_id = nm.id LEFT JOIN nm_validated v ON v.benefit_id = nm.id
     GROUP BY 1),
  ad AS (
    SELECT a.project_id, count(*) AS targeted, count(*) FILTER (WHERE a.state = 'LIVE') AS live
      FROM adoptions a JOIN proj ON proj.id = a.project_id GROUP BY 1),
  project_rows AS (
    SELECT p.id, p.code, p.title, p.phase, p.track_id, p.forecast_end::text, p.planned_end::text,
           round(COALESCE(m.budget, 0), 2)::text AS budget,
           round(COALESCE(m.co_funding, 0), 2)::text AS co_funding,
           round(COALESCE(m.budget_current_year, 0), 2)::text AS budget_current_year,
           round(COALESCE(m.budget_later_years, 0), 2)::text AS budget_later_years,
           round(COALESCE(m.actual_cost, 0), 2)::text AS actual_cost,
           round(COALESCE(m.actual_cost_before, 0), 2)::text AS actual_cost_before,
           round(COALESCE(m.actual_cost_current_year, 0), 2)::text AS actual_cost_current_year,
           COALESCE(m.planned_to_date, 0)::text AS planned_benefit_to_date,
           COALESCE(m.realised_to_date, 0)::text AS realised_benefit_to_date,
           COALESCE(m.realised_total, 0)::text AS realised_benefit,
           COALESCE(m.harvested, 0)::text AS harvested_benefit,
           COALESCE(m.npv, 0)::text AS npv, COALESCE(m.net_benefit, 0)::text AS net_benefit, COALESCE(m.realised_npv, 0)::text AS realised_npv,
           m.payback_year,
           cb.total_cost::text AS baseline_cost, cb.end_date::text AS baseline_end,
           COALESCE(ad.targeted, 0)::int AS adoption_targeted, COALESCE(ad.live, 0)::int AS adoption_live,
           COALESCE(p.actual_start, p.planned_start)::text AS start_date, p.actual_end::text,
           (COALESCE(m.planned_total, 0) + COALESCE(fc.amount, 0))::text AS forecast_benefit,
           COALESCE(bb.amount, m.planned_total, 0)::text AS baseline_benefit,
           COALESCE(nm.benefits, '[]') AS non_monetised
      FROM proj p
      JOIN money m ON m.project_id = p.id
      LEFT JOIN current_baseline cb ON cb.project_id = p.id
      LEFT JOIN ad ON ad.project_id = p.id
      LEFT JOIN forecast_change fc ON fc.project_id = p.id
      LEFT JOIN baseline_benefit bb ON bb.project_id = p.id
      LEFT JOIN achievement nm ON nm.project_id = p.id)`;

/**
 * Per fiscal year across the programme, plus hours and FTE freed (validated or harvested): each flow
 * summed on its own, then joined by year (a year with any flow appears; a flow it lacks counts 0).
 */
const YEAR_ROWS = `
  year_planned_cost AS (SELECT fiscal_year, sum(amount) AS amount FROM planned_cost GROUP BY 1),
  year_actual_cost AS (SELECT fiscal_year, sum(amount) AS amount FROM actual_cost GROUP BY 1),
  year_planned_benefit AS (SELECT fiscal_year, sum(amount) AS amount FROM planned_benefit GROUP BY 1),
  year_measured AS (SELECT fiscal_year, sum(amount) AS amount, sum(harvested) AS harvested, sum(hours) AS hours, sum(fte) AS fte FROM measured_flows GROUP BY 1),
  year_rows AS (
    SELECT fiscal_year,
           round(COALESCE(pc.amount, 0), 2)::text AS planned_cost, round(COALESCE(ac.amount, 0), 2)::text AS actual_cost,
           COALESCE(pb.amount, 0)::text AS planned_benefit, COALESCE(m.amount, 0)::text AS realised_benefit,
           COALESCE(m.harvested, 0)::text AS harvested_benefit, COALESCE(m.hours, 0)::text AS hours_freed, COALESCE(m.fte, 0)::text AS fte_freed
      FROM year_planned_cost pc FULL JOIN year_actual_cost ac USING (fiscal_year) FULL JOIN year_planned_benefit pb USING (fiscal_year)
      FULL JOIN year_measured m USING (fiscal_year))`;

/** By partner sector: what organisations of each sector fund, pay and receive. */
const SECTOR_ROWS = `
  -- Each source summed on its own by organisation, then joined (an organisation without one counts 0).
  per_organisation AS (
    SELECT organisation_id, COALESCE(f.budget, 0) AS budget, COALESCE(c.paid, 0) AS paid, COALESCE(r.received, 0) AS received
      FROM (SELECT bl.funder_id AS organisation_id, sum(bl.amount) AS budget FROM budget_lines bl JOIN proj ON proj.id = bl.project_id GROUP BY 1) f
      FULL JOIN (SELECT c.payer_id AS organisation_id, sum(c.amount) AS paid FROM cost_actuals c JOIN proj ON proj.id = c.project_id GROUP BY 1) c USING (organisation_id)
      FULL JOIN (SELECT organisation_id, sum(amount) AS received FROM received GROUP BY 1) r USING (organisation_id)),
  partners AS (
    SELECT o.sector, count(DISTINCT pa.organisation_id) AS organisations, count(DISTINCT pa.project_id) AS projects
      FROM participations pa JOIN proj ON proj.id = pa.project_id JOIN organisations o ON o.id = pa.organisation_id
     GROUP BY o.sector),
  sector_rows AS (
    SELECT o.sector, COALESCE(max(pt.organisations), 0)::int AS organisations, COALESCE(max(pt.projects), 0)::int AS projects,
           round(sum(po.budget), 2)::text AS budget, round(sum(po.paid), 2)::text AS actual_cost, sum(po.received)::text AS planned_benefit_received
      FROM per_organisation po JOIN organisations o ON o.id = po.organisation_id LEFT JOIN partners pt ON pt.sector = o.sector
     GROUP BY o.sector)`;

/**
 * The wrong-pocket cells of the rows of `flows` (payer, receiver, amount) by organisation or by sector
 * ($2), with `total`: the exact total (each project's payer shares sum to one), free of the cells'
 * division rounding.
 */
function pocketCells(flows: string, total: string): string {
  return `SELECT CASE WHEN $2 = 'SECTOR' THEN po.sector ELSE po.id::text END AS payer_key,
       CASE WHEN $2 = 'SECTOR' THEN po.sector ELSE po.name END AS payer_label,
       CASE WHEN $2 = 'SECTOR' THEN ro.sector ELSE ro.id::text END AS receiver_key,
       CASE WHEN $2 = 'SECTOR' THEN ro.sector ELSE ro.name END AS receiver_label,
       sum(f.amount)::text AS amount,
       (${total})::text AS total
  FROM ${flows} f JOIN organisations po ON po.id = f.payer JOIN organisations ro ON ro.id = f.receiver
 GROUP BY 1, 2, 3, 4 ORDER BY 2, 4`;
}

/** The statements that sum money flows, built on the rollups (what the app runs) or recomputed from the base rows. */
function flowStatements(flows: string, money: string, received: string) {
  return {
    /** Project figures only (business case of many projects, status-report lights). $2 = as-of fiscal year. */
    projectFigures: `
WITH ${flows}, ${money}, ${PROJECT_ROWS}
SELECT * FROM project_rows ORDER BY code`,
    /**
     * What portfolioSummary needs besides the project figures: the yearly rows and the sector rows as
     * JSON arrays (every amount as text, never a float). The service runs it beside projectFigures, on
     * a second connection: the project rows arrive as rows (as one 9 MB JSON value of a 10,000-project
     * programme, reading and parsing them cost the API more than the statement did).
     */
    portfolioTotals: `
WITH ${flows}, ${YEAR_ROWS}, ${received}, ${SECTOR_ROWS}
SELECT $2::int AS as_of_year, -- echoed: the statement takes the same parameters as projectFigures
       (SELECT COALESCE(json_agg(r ORDER BY r.fiscal_year), '[]') FROM year_rows r) AS years,
       (SELECT COALESCE(json_agg(r ORDER BY r.sector), '[]') FROM sector_rows r) AS sectors`,
    /**
     * The whole summary in one statement (project, year and sector rows as JSON arrays), the shape the
     * dashboards ran before the rollups: recomputed, it is the baseline `npm run bench` measures against.
     */
    portfolioSummary: `
WITH ${flows}, ${money}, ${PROJECT_ROWS}, ${YEAR_ROWS}, ${received}, ${SECTOR_ROWS}
SELECT (SELECT COALESCE(json_agg(r ORDER BY r.code), '[]') FROM project_rows r) AS projects,
       (SELECT COALESCE(json_agg(r ORDER BY r.fiscal_year), '[]') FROM year_rows r) AS years,
       (SELECT COALESCE(json_agg(r ORDER BY r.sector), '[]') FROM sector_rows r) AS sectors`,
    /**
     * Wrong-pocket flows (planned): in each project, funder i's share of the budget times each
     * monetised target received by organisation j. $2 = 'ORGANISATION' or 'SECTOR'. The app runs
     * WRONG_POCKET_SQL on the rollups; this recomputed one is its reference and the bench's baseline.
     */
    wrongPocket: `
WITH ${flows}, ${received},
  costs AS (SELECT bl.project_id, bl.funder_id AS organisation_id, sum(bl.amount) AS amount FROM budget_lines bl JOIN proj ON proj.id = bl.project_id GROUP BY 1, 2),
  totals AS (SELECT project_id, sum(amount) AS total FROM costs GROUP BY 1 HAVING sum(amount) <> 0),
  flows AS (
    SELECT c.organisation_id AS payer, r.organisation_id AS receiver, c.amount * r.amount / t.total AS amount
      FROM costs c JOIN totals t ON t.project_id = c.project_id JOIN received r ON r.project_id = c.project_id)
${pocketCells('flows', 'SELECT sum(r.amount) FROM received r JOIN totals t ON t.project_id = r.project_id')}`,
  };
}

const FROM_ROLLUPS = flowStatements(ROLLUP_FLOWS, ROLLUP_MONEY, ROLLUP_RECEIVED);
/** The same statements summing the base rows: what the rollups must equal (property test, bench). */
export const RECOMPUTED = flowStatements(RECOMPUTED_FLOWS, RECOMPUTED_MONEY, RECOMPUTED_RECEIVED);
export const PROJECT_FIGURES_SQL = FROM_ROLLUPS.projectFigures;
export const PORTFOLIO_TOTALS_SQL = FROM_ROLLUPS.portfolioTotals;
/**
 * Wrong-pocket flows from the rollups ($2 = 'ORGANISATION' or 'SECTOR'), to the øre what
 * RECOMPUTED.wrongPocket gives: each row's flow is the same `payer amount × received / total`, and
 * sums of numeric are exact whatever their grouping. The flows are summed per (payer, receiver) pair
 * before the organisations are joined, so the 320,000 rows of a 10,000-project programme are grouped
 * by two ids instead of four texts built per row; the projects' totals come with the payer shares (one
 * pass over the budget lines) instead of a join of their own.
 */
export const WRONG_POCKET_SQL = `
WITH proj AS (SELECT p.id FROM projects p WHERE ${PROJECT_SCOPE}),
  payer_shares AS MATERIALIZED (
    SELECT project_id, payer, amount, sum(amount) OVER (PARTITION BY project_id) AS total
      FROM (SELECT bl.project_id, bl.funder_id AS payer, sum(bl.amount) AS amount FROM budget_lines bl JOIN proj ON proj.id = bl.project_id GROUP BY 1, 2) c),
  -- A project whose budget sums to zero has no shares to split its benefit by.
  funded AS (SELECT DISTINCT project_id FROM payer_shares WHERE total <> 0),
  pairs AS (
    SELECT s.payer, r.receiver_id AS receiver, sum(s.amount * r.planned_benefit / s.total) AS amount
      FROM project_receiver_rollups r JOIN payer_shares s ON s.project_id = r.project_id AND s.total <> 0
     GROUP BY 1, 2)
${pocketCells('pairs', 'SELECT sum(r.planned_benefit) FROM project_receiver_rollups r JOIN funded USING (project_id)')}`;

/**
 * The governance picture of the filtered portfolio in one statement ($2 = as-of year, echoed): the
 * 5×5 risk matrix of active risks (inherent; residual, where a risk has no residual assessment yet its
 * inherent scores), the newest submitted or approved report's two delivery-confidence ratings per
 * project, the reporting rounds' counts and the benefit reports overdue 12 months after close.
 */
export const GOVERNANCE_SQL = `
WITH proj AS (SELECT p.* FROM projects p WHERE ${PROJECT_SCOPE}),
  active_risks AS (
    SELECT r.* FROM risks r JOIN proj ON proj.id = r.project_id WHERE r.status IN ('OPEN', 'MITIGATING')),
  latest_report AS (
    SELECT DISTINCT ON (s.project_id) s.project_id, s.period, s.delivery_confidence, s.office_confidence
      FROM status_reports s JOIN proj ON proj.id = s.project_id
     WHERE s.state IN ('SUBMITTED', 'APPROVED') ORDER BY s.project_id, s.period DESC),
  reporting AS (SELECT id FROM proj WHERE phase IN ('APPROVED', 'EXECUTION', 'ROLLOUT'))
SELECT $2::int AS as_of_year,
  (SELECT COALESCE(json_agg(json_build_object('probability', probability, 'impact', impact, 'count', n)), '[]')
     FROM (SELECT probability, impact, count(*)::int AS n FROM active_risks GROUP BY 1, 2) x) AS inherent,
  (SELECT COALESCE(json_agg(json_build_object('probability', probability, 'impact', impact, 'count', n)), '[]')
     FROM (SELECT COALESCE(residual_probability, probability) AS probability, COALESCE(residual_impact, impact) AS impact, count(*)::int AS n
             FROM active_risks GROUP BY 1, 2) x) AS residual,
  (SELECT count(*)::int FROM active_risks WHERE review_date < current_date) AS review_overdue,
  (SELECT COALESCE(json_agg(json_build_object('projectId', l.project_id, 'code', p.code, 'title', p.title, 'period', l.period,
                                              'own', l.delivery_confidence, 'office', l.office_confidence) ORDER BY p.code), '[]')
     FROM latest_report l JOIN proj p ON p.id = l.project_id) AS ratings,
  (SELECT COALESCE(json_agg(json_build_object('id', r.id, 'version', r.version, 'closed', r.closed_at IS NOT NULL, 'period', r.period, 'dueDate', r.due_date::text,
            'due', (SELECT count(*) FROM reporting),
            'submitted', (SELECT count(*) FROM status_reports s WHERE s.period = r.period AND s.state = 'SUBMITTED' AND s.project_id IN (SELECT id FROM reporting)),
            'approved', (SELECT count(*) FROM status_reports s WHERE s.period = r.period AND s.state = 'APPROVED' AND s.project_id IN (SELECT id FROM reporting)),
            'overdue', CASE WHEN r.due_date < current_date THEN (SELECT count(*) FROM reporting x WHERE NOT EXISTS (
                         SELECT 1 FROM status_reports s WHERE s.project_id = x.id AND s.period = r.period AND s.state IN ('SUBMITTED', 'APPROVED'))) ELSE 0 END)
            ORDER BY r.due_date DESC), '[]')
     FROM reporting_rounds r WHERE r.programme_id = $1) AS rounds,
  -- Due 12 months after the actual end, as libs/domain benefitReportDueDate (PostgreSQL also turns 29 February into 28 February).
  (SELECT COALESCE(json_agg(json_build_object('projectId', p.id, 'code', p.code, 'title', p.title, 'dueDate', (p.actual_end + interval '12 months')::date::text)
            ORDER BY p.actual_end), '[]')
     FROM proj p WHERE p.phase = 'CLOSED' AND p.actual_end IS NOT NULL AND (p.actual_end + interval '12 months')::date < current_date
      AND NOT EXISTS (SELECT 1 FROM benefit_reports br WHERE br.project_id = p.id)) AS overdue_benefit_reports`;

/** The active risks of the filtered portfolio, optionally in one cell ($2 = residual?, $11/$12 = probability/impact or null). */
export const RISKS_IN_CELL_SQL = `
SELECT r.id FROM risks r JOIN projects p ON p.id = r.project_id
 WHERE ${PROJECT_SCOPE} AND r.status IN ('OPEN', 'MITIGATING')
   AND ($11::int IS NULL OR (CASE WHEN $2::boolean THEN COALESCE(r.residual_probability, r.probability) ELSE r.probability END) = $11::int)
   AND ($12::int IS NULL OR (CASE WHEN $2::boolean THEN COALESCE(r.residual_impact, r.impact) ELSE r.impact END) = $12::int)
 ORDER BY p.code, r.title`;

/**
 * Pairs of benefits in different projects of the filtered portfolio with the same receiver and work
 * process, each with its monetised targets per year (the amount at risk is libs/domain's
 * doubleCountedAmount; non-monetised benefits carry no amount).
 */
export const DOUBLE_COUNTING_SQL = `
WITH prog AS (SELECT * FROM programmes WHERE id = $1),
  candidates AS (
    SELECT b.id, b.title, b.project_id, p.code, b.receiver_id, b.process, b.kind, b.unit
      FROM benefits b JOIN projects p ON p.id = b.project_id
     WHERE ${PROJECT_SCOPE} AND b.process IS NOT NULL AND b.kind IN ('CASH_RELEASING', 'NON_CASH')),
  claims AS (
    SELECT b.id, json_agg(json_build_object('fiscalYear', t.fiscal_year, 'value', t.value::text, 'amount', COALESCE(${MONETISED('t.value')}, 0)::text)) AS years
      FROM candidates b JOIN benefit_targets t ON t.benefit_id = b.id CROSS JOIN prog GROUP BY b.id)
SELECT $2::int AS as_of_year, a.id AS a_id, a.title AS a_title, a.project_id AS a_project_id, a.code AS a_code,
       c.id AS b_id, c.title AS b_title, c.project_id AS b_project_id, c.code AS b_code,
       COALESCE(ca.years, '[]') AS a_years, COALESCE(cc.years, '[]') AS b_years
  FROM candidates a JOIN candidates c ON c.receiver_id = a.receiver_id AND c.process = a.process AND c.project_id <> a.project_id AND a.id < c.id
  LEFT JOIN claims ca ON ca.id = a.id LEFT JOIN claims cc ON cc.id = c.id
 ORDER BY a.code, c.code, a.title`;

/**
 * Per citizen life event ($2 unused: null, selected only so that every statement here takes the same parameters): the projects of the filtered portfolio that serve it, their
 * budget, planned and realised (validated or harvested) monetised benefit, planned and realised hours,
 * and the common components they reuse. A project serving two events counts in both.
 */
export const LIFE_EVENTS_SQL = `
WITH ${ROLLUP_FLOWS},
  budget AS (SELECT project_id, sum(amount) AS amount FROM planned_cost GROUP BY 1),
  planned AS (SELECT project_id, sum(amount) AS amount FROM planned_benefit GROUP BY 1),
  realised AS (SELECT project_id, sum(amount) AS amount, sum(hours) AS hours FROM measured_flows GROUP BY 1),
  planned_hours AS (
    SELECT b.project_id, sum(t.value) AS hours FROM benefit_targets t JOIN benefits b ON b.id = t.benefit_id JOIN proj ON proj.id = b.project_id
     WHERE b.unit = 'HOURS' AND b.kind <> 'DIS_BENEFIT' GROUP BY 1),
  served AS (SELECT e.life_event, p.* FROM proj p CROSS JOIN LATERAL unnest(p.life_events) e(life_event)),
  components AS (
    SELECT s.life_event, array_agg(DISTINCT c ORDER BY c) AS components FROM served s CROSS JOIN LATERAL unnest(s.common_components) c GROUP BY 1)
SELECT $2::int AS unused, s.life_event,
       json_agg(json_build_object('id', s.id, 'code', s.code, 'title', s.title, 'phase', s.phase) ORDER BY s.code) AS projects,
       COALESCE(sum(bu.amount), 0)::text AS budget,
       COALESCE(sum(pl.amount), 0)::text AS planned_benefit,
       COALESCE(sum(re.amount), 0)::text AS realised_benefit,
       COALESCE(sum(ph.hours), 0)::text AS planned_hours,
       COALESCE(sum(re.hours), 0)::text AS hours_saved,
       COALESCE(min(co.components), '{}') AS common_components
  FROM served s
  LEFT JOIN budget bu ON bu.project_id = s.id
  LEFT JOIN planned pl ON pl.project_id = s.id
  LEFT JOIN realised re ON re.project_id = s.id
  LEFT JOIN planned_hours ph ON ph.project_id = s.id
  LEFT JOIN components co ON co.life_event = s.life_event
 GROUP BY s.life_event`;

/**
 * What adoption-driven benefits would bring per full year from the organisations not live yet
 * (monetised: Σ per_adopter × organisations not LIVE), and how many such organisations there are.
 * $2 is unused (selected so every statement here takes the same parameters).
 */
export const ADOPTION_WAITING_SQL = `
WITH prog AS (SELECT * FROM programmes WHERE id = $1),
  proj AS (SELECT p.* FROM projects p WHERE ${PROJECT_SCOPE}),
  waiting AS (SELECT a.project_id, count(*) AS organisations FROM adoptions a JOIN proj ON proj.id = a.project_id WHERE a.state <> 'LIVE' GROUP BY 1),
  driven AS (SELECT b.* FROM benefits b JOIN proj ON proj.id = b.project_id WHERE b.per_adopter IS NOT NULL)
SELECT $2::int AS unused,
       COALESCE((SELECT sum(${MONETISED('b.per_adopter')} * w.organisations) FROM driven b JOIN waiting w ON w.project_id = b.project_id CROSS JOIN prog WHERE ${MONETISABLE}), 0)::text AS amount,
       COALESCE((SELECT sum(w.organisations) FROM waiting w WHERE w.project_id IN (SELECT project_id FROM driven)), 0)::int AS organisations`;
