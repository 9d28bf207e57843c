// The SQL of merging two organisations, in one place. $1 is the kept organisation, $2 the duplicate.

const IDENTIFIER = /^[a-z_]+$/;

export const MERGE_SQL = {
  lockBoth: `SELECT id, version FROM organisations WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
  clashes: `
    SELECT 'an adoption' AS what, p.code AS project_code
      FROM adoptions a JOIN adoptions d ON d.project_id = a.project_id JOIN projects p ON p.id = a.project_id
     WHERE a.organisation_id = $1 AND d.organisation_id = $2
    UNION ALL
    SELECT 'a ' || b.category || ' budget line for ' || b.fiscal_year, p.code
      FROM budget_lines b
      JOIN budget_lines d ON d.project_id = b.project_id AND d.fiscal_year = b.fiscal_year AND d.category = b.category
      JOIN projects p ON p.id = b.project_id
     WHERE b.funder_id = $1 AND d.funder_id = $2
     ORDER BY 2, 1`,
  joinParticipationRoles: `
    UPDATE participations k
       SET roles = ARRAY(SELECT DISTINCT unnest(k.roles || d.roles) ORDER BY 1), version = k.version + 1, updated_at = now()
      FROM participations d
     WHERE k.organisation_id = $1 AND d.organisation_id = $2 AND d.project_id = k.project_id`,
  dropJoinedParticipations: `
    DELETE FROM participations d
     USING participations k
     WHERE d.organisation_id = $2 AND k.organisation_id = $1 AND k.project_id = d.project_id`,
  move(table: string, column: string): string {
    if (!IDENTIFIER.test(table) || !IDENTIFIER.test(column)) throw new Error(`not a column name: ${table}.${column}`);
    return `UPDATE ${table} SET ${column} = $1, version = version + 1, updated_at = now() WHERE ${column} = $2`;
  },
  deleteDuplicate: `DELETE FROM organisations WHERE id = $1`,
  bumpKept: `UPDATE organisations SET version = version + 1, updated_at = now() WHERE id = $1`,
} as const;
