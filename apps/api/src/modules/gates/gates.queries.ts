import type { AutomaticGateCheck } from '@tvaers/domain';

// The checks a gate's checklist verifies from the project's own records ($1 = project id), so a gate
// cannot tick them without the evidence being there.
export const AUTOMATIC_CHECK_SQL: Record<AutomaticGateCheck, string> = {
  // A business case to approve: costs and monetisable or measurable targets are entered.
  APPROVED_BUSINESS_CASE: `SELECT EXISTS (SELECT 1 FROM budget_lines WHERE project_id = $1)
                             AND EXISTS (SELECT 1 FROM benefit_targets t JOIN benefits b ON b.id = t.benefit_id WHERE b.project_id = $1) AS met`,
  APPROVED_BASELINE: `SELECT EXISTS (SELECT 1 FROM baselines WHERE project_id = $1) AS met`,
  // Who is to adopt the solution is known: the organisations the roll-out targets.
  ADOPTION_PLAN: `SELECT EXISTS (SELECT 1 FROM adoptions WHERE project_id = $1) AS met`,
  // An approved status report for the half-year in which the project ends (or a later one).
  FINAL_STATUS_REPORT: `SELECT EXISTS (
      SELECT 1 FROM status_reports s JOIN projects p ON p.id = s.project_id
       WHERE s.project_id = $1 AND s.state = 'APPROVED'
         AND s.period >= to_char(COALESCE(p.actual_end, p.forecast_end, p.planned_end, current_date), 'YYYY') || '-H'
                         || CASE WHEN extract(month FROM COALESCE(p.actual_end, p.forecast_end, p.planned_end, current_date)) <= 6 THEN '1' ELSE '2' END) AS met`,
};
