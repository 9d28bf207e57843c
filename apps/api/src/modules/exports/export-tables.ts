import type { Column } from './csv.js';

/**
 * A table of the portfolio export: columns and one ordered query ($1 = programme id), read through a
 * server-side cursor. Output columns need distinct names (rows arrive as objects), so computed ones
 * carry an alias. Amounts are selected as text so nothing passes through a float. Row-level security
 * applies: the query runs as the requesting user.
 */
export interface ExportTable {
  name: string;
  columns: Column[];
  sql: string;
}

/** Rows in an order a reader can follow (project, then year, name …); the id only breaks ties. */
const page = (from: string, select: string, order = 'p.code, x.id') => `
SELECT ${select}
  FROM ${from}
 WHERE p.programme_id = $1
 ORDER BY ${order}`;

export const EXPORT_TABLES: ExportTable[] = [
  {
    name: 'projects',
    columns: [
      { header: 'code', type: 'text' },
      { header: 'title', type: 'text' },
      { header: 'phase', type: 'text' },
      { header: 'track', type: 'text' },
      { header: 'planned_start', type: 'date' },
      { header: 'planned_end', type: 'date' },
      { header: 'forecast_end', type: 'date' },
      { header: 'life_events', type: 'text' },
      { header: 'common_components', type: 'text' },
    ],
    sql: page(
      'projects x JOIN projects p ON p.id = x.id LEFT JOIN tracks t ON t.id = x.track_id',
      `x.code, x.title, x.phase, t.name, x.planned_start::text, x.planned_end::text, x.forecast_end::text, array_to_string(x.life_events, ' ') AS life_events, array_to_string(x.common_components, ' ') AS common_components`,
    ),
  },
  {
    name: 'partners',
    columns: [
      { header: 'project_code', type: 'text' },
      { header: 'organisation', type: 'text' },
      { header: 'sector', type: 'text' },
      { header: 'identifier', type: 'text' },
      { header: 'roles', type: 'text' },
    ],
    sql: page(
      'participations x JOIN projects p ON p.id = x.project_id JOIN organisations o ON o.id = x.organisation_id',
      `p.code, o.name, o.sector, o.identifier, array_to_string(x.roles, ' ')`,
      'p.code, o.name, x.id',
    ),
  },
  {
    name: 'budget',
    columns: [
      { header: 'project_code', type: 'text' },
      { header: 'fiscal_year', type: 'int' },
      { header: 'funder', type: 'text' },
      { header: 'category', type: 'text' },
      { header: 'amount', type: 'decimal' },
    ],
    sql: page(
      'budget_lines x JOIN projects p ON p.id = x.project_id JOIN organisations o ON o.id = x.funder_id',
      `p.code, x.fiscal_year, o.name, x.category, x.amount::text`,
      'p.code, x.fiscal_year, o.name, x.category, x.id',
    ),
  },
  {
    name: 'costs',
    columns: [
      { header: 'project_code', type: 'text' },
      { header: 'date', type: 'date' },
      { header: 'payer', type: 'text' },
      { header: 'category', type: 'text' },
      { header: 'amount', type: 'decimal' },
      { header: 'reference', type: 'text' },
    ],
    sql: page(
      'cost_actuals x JOIN projects p ON p.id = x.project_id JOIN organisations o ON o.id = x.payer_id',
      `p.code, x.date::text, o.name, x.category, x.amount::text, x.reference`,
      'p.code, x.date, o.name, x.reference, x.id',
    ),
  },
  {
    name: 'benefits',
    columns: [
      { header: 'project_code', type: 'text' },
      { header: 'benefit', type: 'text' },
      { header: 'kind', type: 'text' },
      { header: 'unit', type: 'text' },
      { header: 'receiver', type: 'text' },
      { header: 'owner', type: 'text' },
      { header: 'baseline_value', type: 'decimal' },
      { header: 'targets', type: 'text' },
      { header: 'forecasts', type: 'text' },
      { header: 'process', type: 'text' },
    ],
    sql: page(
      'benefits x JOIN projects p ON p.id = x.project_id JOIN organisations o ON o.id = x.receiver_id',
      `p.code, x.title, x.kind, x.unit, o.name, x.owner, x.baseline_value::text,
       (SELECT string_agg(t.fiscal_year || '=' || t.value::text, ' ' ORDER BY t.fiscal_year) FROM benefit_targets t WHERE t.benefit_id = x.id) AS targets,
       (SELECT string_agg(f.fiscal_year || '=' || f.value::text, ' ' ORDER BY f.fiscal_year) FROM benefit_forecasts f WHERE f.benefit_id = x.id) AS forecasts, x.process`,
      'p.code, x.title, x.id',
    ),
  },
  {
    name: 'measurements',
    columns: [
      { header: 'project_code', type: 'text' },
      { header: 'benefit', type: 'text' },
      { header: 'unit', type: 'text' },
      { header: 'fiscal_year', type: 'int' },
      { header: 'value', type: 'decimal' },
      { header: 'status', type: 'text' },
      { header: 'evidence', type: 'text' },
      { header: 'validated_at', type: 'datetime' },
      { header: 'harvested_at', type: 'datetime' },
      { header: 'confirmed_at', type: 'datetime' },
      { header: 'confirmed_by', type: 'text' },
      { header: 'confirmation_reference', type: 'text' },
      { header: 'confirmation_reason', type: 'text' },
    ],
    sql: page(
      'benefit_measurements x JOIN benefits b ON b.id = x.benefit_id JOIN projects p ON p.id = b.project_id LEFT JOIN users u ON u.id = x.confirmed_by_id',
      `p.code, b.title, b.unit, x.fiscal_year, x.value::text, x.status, x.evidence,
       to_char(x.validated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS validated_at, to_char(x.harvested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS harvested_at,
       to_char(x.confirmed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS confirmed_at, u.email, x.confirmation_reference, x.confirmation_reason`,
      'p.code, b.title, x.fiscal_year, x.id',
    ),
  },
  {
    name: 'status',
    columns: [
      { header: 'project_code', type: 'text' },
      { header: 'period', type: 'text' },
      { header: 'state', type: 'text' },
      { header: 'self_assessed', type: 'text' },
      { header: 'cost_computed', type: 'text' },
      { header: 'cost_override', type: 'text' },
      { header: 'cost_override_reason', type: 'text' },
      { header: 'schedule_computed', type: 'text' },
      { header: 'schedule_override', type: 'text' },
      { header: 'schedule_override_reason', type: 'text' },
      { header: 'benefit_computed', type: 'text' },
      { header: 'benefit_override', type: 'text' },
      { header: 'benefit_override_reason', type: 'text' },
      { header: 'narrative', type: 'text' },
      { header: 'delivery_confidence', type: 'text' },
      { header: 'delivery_confidence_comment', type: 'text' },
      { header: 'office_confidence', type: 'text' },
      { header: 'office_confidence_comment', type: 'text' },
      { header: 'cost_variance_explanation', type: 'text' },
      { header: 'schedule_variance_explanation', type: 'text' },
      { header: 'benefit_variance_explanation', type: 'text' },
    ],
    sql: page(
      'status_reports x JOIN projects p ON p.id = x.project_id',
      `p.code, x.period, x.state, x.self_assessed_rag, x.computed_cost_rag, x.override_cost_rag, x.override_cost_reason,
       x.computed_schedule_rag, x.override_schedule_rag, x.override_schedule_reason, x.computed_benefit_rag, x.override_benefit_rag, x.override_benefit_reason, x.narrative,
       x.delivery_confidence, x.delivery_confidence_comment, x.office_confidence, x.office_confidence_comment,
       x.cost_variance_explanation, x.schedule_variance_explanation, x.benefit_variance_explanation`,
      'p.code, x.period, x.id',
    ),
  },
  {
    name: 'risks',
    columns: [
      { header: 'project_code', type: 'text' },
      { header: 'title', type: 'text' },
      { header: 'category', type: 'text' },
      { header: 'probability', type: 'int' },
      { header: 'impact', type: 'int' },
      { header: 'score', type: 'int' },
      { header: 'residual_probability', type: 'int' },
      { header: 'residual_impact', type: 'int' },
      { header: 'residual_score', type: 'int' },
      { header: 'status', type: 'text' },
      { header: 'owner', type: 'text' },
      { header: 'mitigation', type: 'text' },
      { header: 'proximity', type: 'date' },
      { header: 'review_date', type: 'date' },
    ],
    sql: page(
      'risks x JOIN projects p ON p.id = x.project_id',
      `p.code, x.title, x.category, x.probability, x.impact, x.probability * x.impact AS score, x.residual_probability, x.residual_impact,
       x.residual_probability * x.residual_impact AS residual_score, x.status, x.owner, x.mitigation, x.proximity::text, x.review_date::text`,
      'p.code, x.probability * x.impact DESC, x.title, x.id',
    ),
  },
  {
    name: 'gates',
    columns: [
      { header: 'project_code', type: 'text' },
      { header: 'from_phase', type: 'text' },
      { header: 'to_phase', type: 'text' },
      { header: 'decision', type: 'text' },
      { header: 'decided_at', type: 'datetime' },
      { header: 'decided_by', type: 'text' },
      { header: 'checklist', type: 'text' },
      { header: 'minutes', type: 'text' },
    ],
    sql: page(
      'gate_decisions x JOIN projects p ON p.id = x.project_id LEFT JOIN users u ON u.id = x.decided_by_id',
      `p.code, x.from_phase, x.to_phase, x.decision, to_char(x.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS decided_at, u.email,
       (SELECT string_agg((c->>'item') || CASE WHEN (c->>'met')::boolean THEN ' met' ELSE ' not met' END, '; ') FROM jsonb_array_elements(x.checklist) c) AS checklist, x.minutes`,
      'p.code, x.decided_at, x.id',
    ),
  },
];
