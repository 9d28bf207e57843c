// SQL of the benefits module.

/**
 * Validated savings of programme $1 that their receiver has not confirmed yet, for one receiving
 * organisation ($2) or all of them (null), in reading order.
 */
export const MEASUREMENTS_TO_CONFIRM_SQL = `
SELECT m.id FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id JOIN projects p ON p.id = b.project_id
 WHERE p.programme_id = $1 AND m.status = 'VALIDATED' AND m.confirmed_at IS NULL AND ($2::uuid IS NULL OR b.receiver_id = $2::uuid)
 ORDER BY p.code, b.title, m.fiscal_year`;
