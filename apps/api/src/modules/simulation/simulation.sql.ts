import { PROJECT_SCOPE } from '../projects/project-scope.js';

/**
 * Every planned line of the filtered portfolio with its three-point range ($1 programme, $2 unused,
 * $3–$10 the project scope): budget lines as costs, and targets of benefits that can be monetised
 * (monetised in TypeScript with libs/domain, exactly, low and high alike).
 */
export const SIMULATION_LINES_SQL = `
SELECT 'COST' AS side, bl.project_id, bl.id, bl.fiscal_year, bl.amount::text AS value, bl.low::text AS low, bl.high::text AS high,
       NULL AS kind, NULL AS unit, $2::int AS unused
  FROM budget_lines bl JOIN projects p ON p.id = bl.project_id
 WHERE ${PROJECT_SCOPE}
UNION ALL
SELECT 'BENEFIT', b.project_id, t.id, t.fiscal_year, t.value::text, t.low::text, t.high::text, b.kind, b.unit, $2::int
  FROM benefit_targets t JOIN benefits b ON b.id = t.benefit_id JOIN projects p ON p.id = b.project_id
 WHERE ${PROJECT_SCOPE} AND b.kind <> 'QUALITATIVE' AND b.unit IN ('CURRENCY', 'HOURS', 'FTE')`;
