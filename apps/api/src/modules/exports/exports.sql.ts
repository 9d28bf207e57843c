// The exports' hand-written statements.

// Ordered by the stored number: the output column `sequence` is text, and 10 would sort before 2.
// The actor: form 1 hashed the e-mail as written then, so the export gives exactly that (a verifier
// needs it); form 2 hashes only the id, and the export names the user from the register (a
// pseudonymised user as their pseudonym), or 'system'/'anonymous'.
export const AUDIT_EVENTS_EXPORT_SQL = `SELECT e.sequence::text, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, e.actor_id::text AS actor_id,
              CASE WHEN e.form = 1 THEN e.actor_email ELSE coalesce(u.email, e.actor_email) END AS actor, e.operation, e.action, e.entity_type,
              e.entity_id::text AS entity_id, e.before::text AS before, e.after::text AS after, e.previous_hash, e.hash, e.form::text AS form
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id ORDER BY e.sequence`;

/** IATI: A page of the programme's projects by code, after $2 (keyset, 500 at a time). */
export const IATI_PROJECTS_PAGE_SQL = `SELECT id, code, title, description, phase, planned_start::text, planned_end::text, actual_start::text, actual_end::text
             FROM projects WHERE programme_id = $1 AND code > $2 ORDER BY code LIMIT 500`;

/** IATI: The partners of projects $1. */
export const IATI_PARTNERS_SQL = `SELECT pa.project_id, pa.roles, o.name, o.sector, o.country, o.identifier FROM participations pa JOIN organisations o ON o.id = pa.organisation_id WHERE pa.project_id = ANY($1) ORDER BY o.name`;

/** IATI: Budget per fiscal year of projects $1. */
export const IATI_BUDGETS_SQL = `SELECT project_id, fiscal_year, sum(amount)::text AS amount FROM budget_lines WHERE project_id = ANY($1) GROUP BY 1, 2 ORDER BY 2`;

/** IATI: The cost actuals of projects $1 with their payers. */
export const IATI_COSTS_SQL = `SELECT c.project_id, c.date::text AS date, c.amount::text AS amount, o.name, o.sector, o.country, o.identifier FROM cost_actuals c JOIN organisations o ON o.id = c.payer_id WHERE c.project_id = ANY($1) ORDER BY c.date, c.id`;

/** IATI: The benefits of projects $1 that are not qualitative. */
export const IATI_BENEFITS_SQL = `SELECT id, project_id, title, unit, baseline_value::text AS baseline_value FROM benefits WHERE project_id = ANY($1) AND kind <> 'QUALITATIVE' ORDER BY title, id`;

/** IATI: The targets of those benefits. */
export const IATI_TARGETS_SQL = `SELECT t.benefit_id, t.fiscal_year, t.value::text AS value FROM benefit_targets t JOIN benefits b ON b.id = t.benefit_id WHERE b.project_id = ANY($1)`;

/** IATI: Their validated and harvested measurements. */
export const IATI_ACTUALS_SQL = `SELECT m.benefit_id, m.fiscal_year, m.value::text AS value FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id WHERE b.project_id = ANY($1) AND m.status IN ('VALIDATED', 'HARVESTED')`;
