import type { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: database roles, the audit hash chain and row-level security are not entity metadata.
//
// - The app works as the role `tvaers_app` (SET ROLE on each connection): it may read and write the
//   domain tables, but only INSERT and SELECT the audit trail, and row-level security applies to it
//   (the table owner and superusers bypass RLS).
// - Every INSERT, UPDATE and DELETE on a domain table appends an audit event from a trigger, in the
//   same transaction: actor and operation come from session settings the API sets per request.
// - Each event's hash is SHA-256 over the previous event's hash and the event's canonical JSON
//   (jsonb text: keys sorted, no insignificant whitespace; time in UTC), so editing or deleting any
//   event breaks the chain from there on.

export const AUDITED_TABLES = [
  'organisations',
  'programmes',
  'tracks',
  'projects',
  'participations',
  'budget_lines',
  'cost_actuals',
  'benefits',
  'benefit_targets',
  'benefit_measurements',
  'milestones',
  'adoptions',
  'baselines',
  'status_reports',
  'users',
] as const;

export class AuditChainRolesAndRowSecurity1795480000000 implements MigrationInterface {
  name = 'AuditChainRolesAndRowSecurity1795480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Roles belong to the cluster, not the database: create once, grant per database.
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tvaers_app') THEN CREATE ROLE tvaers_app NOLOGIN; END IF;
    END $$`);
    await queryRunner.query(`DO $$ BEGIN EXECUTE format('GRANT tvaers_app TO %I', current_user); END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO tvaers_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${AUDITED_TABLES.join(', ')}, app_settings TO tvaers_app`);
    await queryRunner.query(`GRANT SELECT ON migrations TO tvaers_app`);

    await queryRunner.query(`CREATE SEQUENCE audit_events_sequence AS bigint START 1 NO CYCLE`);
    await queryRunner.query(`ALTER TABLE audit_events ADD COLUMN operation text NOT NULL DEFAULT ''`);
    await queryRunner.query(`GRANT SELECT, INSERT ON audit_events TO tvaers_app`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE audit_events_sequence TO tvaers_app`);

    // The canonical form, used when appending and when verifying.
    await queryRunner.query(`CREATE FUNCTION audit_canonical(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT jsonb_build_object(
        'sequence', e.sequence, 'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'actorId', e.actor_id, 'actorEmail', e.actor_email, 'operation', e.operation, 'action', e.action,
        'entityType', e.entity_type, 'entityId', e.entity_id, 'before', e.before, 'after', e.after)::text
    $$`);
    await queryRunner.query(`CREATE FUNCTION audit_hash(previous_hash text, canonical text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT encode(sha256(convert_to(previous_hash || canonical, 'UTF8')), 'hex')
    $$`);
    // Appends one event. The advisory lock serialises appends, so the chain has no forks.
    await queryRunner.query(`CREATE FUNCTION audit_append(action text, entity_type text, entity_id uuid, before jsonb, after jsonb) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        event audit_events;
      BEGIN
        PERFORM pg_advisory_xact_lock(7305411);
        event.sequence := nextval('audit_events_sequence');
        event.at := clock_timestamp();
        event.actor_id := nullif(current_setting('tvaers.user_id', true), '')::uuid;
        event.actor_email := coalesce(nullif(current_setting('tvaers.user_email', true), ''), 'system');
        event.operation := coalesce(current_setting('tvaers.operation', true), '');
        event.action := action;
        event.entity_type := entity_type;
        event.entity_id := entity_id;
        event.before := before;
        event.after := after;
        event.previous_hash := coalesce((SELECT hash FROM audit_events ORDER BY sequence DESC LIMIT 1), repeat('0', 64));
        event.hash := audit_hash(event.previous_hash, audit_canonical(event));
        INSERT INTO audit_events SELECT event.*;
      END
    $$`);
    // Seeding (demo data, scale data) runs as the schema owner and may switch the trigger off for
    // itself; the app role cannot (the check is on the role, not only on the setting).
    await queryRunner.query(`CREATE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'password_hash' END;
        new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'password_hash' END;
      BEGIN
        IF current_setting('tvaers.seeding', true) = 'on' AND current_user <> 'tvaers_app' THEN
          RETURN NULL;
        END IF;
        PERFORM audit_append(TG_OP, TG_TABLE_NAME, (coalesce(new_row, old_row)->>'id')::uuid, old_row, new_row);
        RETURN NULL;
      END
    $$`);
    for (const table of AUDITED_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER audit_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row_change()`,
      );
    }

    // Row-level security: a partner never sees another partner's draft or returned status reports,
    // even through a query that forgot the filter. Without a role in the session nothing is visible.
    await queryRunner.query(`ALTER TABLE status_reports ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY status_reports_by_role ON status_reports USING (
      current_setting('tvaers.role', true) IN ('ADMIN', 'PROGRAMME_OFFICE', 'AUDITOR', 'SYSTEM')
      OR (current_setting('tvaers.role', true) IN ('VIEWER', 'PARTNER') AND state IN ('SUBMITTED', 'APPROVED'))
      OR (current_setting('tvaers.role', true) = 'PARTNER' AND EXISTS (
            SELECT 1 FROM participations pa
             WHERE pa.project_id = status_reports.project_id
               AND pa.organisation_id = nullif(current_setting('tvaers.organisation_id', true), '')::uuid)))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY status_reports_by_role ON status_reports`);
    await queryRunner.query(`ALTER TABLE status_reports DISABLE ROW LEVEL SECURITY`);
    for (const table of AUDITED_TABLES) await queryRunner.query(`DROP TRIGGER audit_${table} ON ${table}`);
    await queryRunner.query(`DROP FUNCTION audit_row_change()`);
    await queryRunner.query(`DROP FUNCTION audit_append(text, text, uuid, jsonb, jsonb)`);
    await queryRunner.query(`DROP FUNCTION audit_hash(text, text)`);
    await queryRunner.query(`DROP FUNCTION audit_canonical(audit_events)`);
    await queryRunner.query(`REVOKE ALL ON audit_events FROM tvaers_app`);
    await queryRunner.query(`ALTER TABLE audit_events DROP COLUMN operation`);
    await queryRunner.query(`DROP SEQUENCE audit_events_sequence`);
    await queryRunner.query(`REVOKE ALL ON ${AUDITED_TABLES.join(', ')}, app_settings, migrations FROM tvaers_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM tvaers_app`);
    // The role stays: other databases of the cluster may still use it.
  }
}
