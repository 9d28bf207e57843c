// SQL of the benefits module.

/**
 * Validated savings of programme $1 that their receiver has not confirmed yet, for one receiving
 * organisation ($2) or all of them (null), in reading order.
 */
export const MEASUREMENTS_TO_CONFIRM_SQL = `
SELECT m.id FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id JOIN projects p ON p.id = b.project_id
 WHERE p.programme_id = $1 AND m.status = 'VALIDATED' AND m.confirmed_at IS NULL AND ($2::uuid IS NULL OR b.receiver_id = $2::uuid)
 ORDER BY p.code, b.title, m.fiscal_year`;

/**
 * For each of the benefits $1 that names a work process: the benefits of other projects with the same
 * receiving organisation and process (any the user may see), with both sides' yearly targets. Which
 * years overlap is decided by libs/domain (overlappingYears).
 */
export const BENEFIT_OVERLAP_CANDIDATES_SQL = `
WITH mine AS (SELECT b.id, b.project_id, b.receiver_id, b.process FROM benefits b WHERE b.id = ANY($1::uuid[]) AND b.process IS NOT NULL)
SELECT m.id AS benefit_id, o.id AS other_id,
       COALESCE((SELECT json_agg(json_build_object('fiscalYear', t.fiscal_year, 'amount', t.value::text)) FROM benefit_targets t WHERE t.benefit_id = m.id), '[]') AS mine,
       COALESCE((SELECT json_agg(json_build_object('fiscalYear', t.fiscal_year, 'amount', t.value::text)) FROM benefit_targets t WHERE t.benefit_id = o.id), '[]') AS other
  FROM mine m JOIN benefits o ON o.receiver_id = m.receiver_id AND o.process = m.process AND o.project_id <> m.project_id
 ORDER BY m.id, o.id`;
