import type { AttachmentKind } from '@tvaers/domain';

// SQL of the attachments module. Row-level security applies: a record the user cannot see is not found.

/** The project (and programme) of the record an evidence file is attached to ($1 = record id). */
export const RECORD_PROJECT_SQL: Record<AttachmentKind, string> = {
  MEASUREMENT: `SELECT b.project_id, p.programme_id FROM benefit_measurements x JOIN benefits b ON b.id = x.benefit_id JOIN projects p ON p.id = b.project_id WHERE x.id = $1`,
  COST_ACTUAL: `SELECT x.project_id, p.programme_id FROM cost_actuals x JOIN projects p ON p.id = x.project_id WHERE x.id = $1`,
  STATUS_REPORT: `SELECT x.project_id, p.programme_id FROM status_reports x JOIN projects p ON p.id = x.project_id WHERE x.id = $1`,
  GATE_DECISION: `SELECT x.project_id, p.programme_id FROM gate_decisions x JOIN projects p ON p.id = x.project_id WHERE x.id = $1`,
  BENEFIT_REPORT: `SELECT x.project_id, p.programme_id FROM benefit_reports x JOIN projects p ON p.id = x.project_id WHERE x.id = $1`,
};

export const ATTACHMENT_CONTENT_SQL = `SELECT content FROM attachments WHERE id = $1`;

/**
 * The evidence of a programme with the record each file belongs to, described so that an auditor can
 * find it ($1 = programme id). A record deleted since is named as such: the file stays as evidence.
 */
export const EVIDENCE_MANIFEST_SQL = `
SELECT a.id, a.file_name, a.media_type, a.size, a.sha256, a.record_kind, a.record_id, p.code AS project_code,
       a.uploaded_at, u.email AS uploaded_by,
       CASE a.record_kind
         WHEN 'MEASUREMENT' THEN (SELECT 'measurement ' || m.fiscal_year || ' of "' || b.title || '": ' || m.value || ' (' || m.status || ')'
                                    FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id WHERE m.id = a.record_id)
         WHEN 'COST_ACTUAL' THEN (SELECT 'cost ' || c.date || ': ' || c.amount || CASE WHEN c.reference <> '' THEN ' ref. ' || c.reference ELSE '' END
                                    FROM cost_actuals c WHERE c.id = a.record_id)
         WHEN 'STATUS_REPORT' THEN (SELECT 'status report ' || s.period || ' (' || s.state || ')' FROM status_reports s WHERE s.id = a.record_id)
         WHEN 'GATE_DECISION' THEN (SELECT 'gate ' || g.from_phase || ' → ' || g.to_phase || ': ' || g.decision || ' ' || to_char(g.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')
                                      FROM gate_decisions g WHERE g.id = a.record_id)
         WHEN 'BENEFIT_REPORT' THEN (SELECT 'benefit report due ' || r.due_date FROM benefit_reports r WHERE r.id = a.record_id)
       END AS record
  FROM attachments a JOIN projects p ON p.id = a.project_id LEFT JOIN users u ON u.id = a.uploaded_by_id
 WHERE p.programme_id = $1
 ORDER BY p.code, a.record_kind, a.uploaded_at, a.id`;
