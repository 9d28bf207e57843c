import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 21: personal data out of the immutable chain. Until now the hashed form held the actor's
// e-mail, and the users table's audited row images held e-mail and name, so a person could never be
// erased without breaking the chain. From here on:
// - events are written in canonical form 2, which hashes the actor's id (a stable id, not personal
//   data by itself) and not the e-mail; `actor_email` keeps only 'system' or 'anonymous' for work
//   without a user, and '' for a user (the user register, which can forget them, says who);
// - the users table's row images leave out e-mail and name;
// - pseudonymiseUser records the pseudonym's number and the reason in user_pseudonymisations.
// Events written before keep form 1 and verify as before (audit_canonical dispatches on the form).

const CANONICAL_V1 = `jsonb_build_object(
        'sequence', e.sequence, 'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'actorId', e.actor_id, 'actorEmail', e.actor_email, 'operation', e.operation, 'action', e.action,
        'entityType', e.entity_type, 'entityId', e.entity_id, 'before', e.before, 'after', e.after)::text`;

const CANONICAL_V2 = `jsonb_build_object(
        'form', 2, 'sequence', e.sequence, 'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'actorId', e.actor_id, 'operation', e.operation, 'action', e.action,
        'entityType', e.entity_type, 'entityId', e.entity_id, 'before', e.before, 'after', e.after)::text`;

const APPEND = (
  form: 1 | 2,
) => `CREATE OR REPLACE FUNCTION audit_append(action text, entity_type text, entity_id uuid, before jsonb, after jsonb)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        event audit_events;
        head audit_chain_head;
      BEGIN
        SELECT * INTO head FROM audit_chain_head FOR UPDATE;
        event.sequence := head.sequence + 1;
        event.at := clock_timestamp();
        event.actor_id := nullif(current_setting('tvaers.user_id', true), '')::uuid;
        event.actor_email := ${
          form === 2
            ? `CASE WHEN event.actor_id IS NULL THEN coalesce(nullif(current_setting('tvaers.user_email', true), ''), 'system') ELSE '' END`
            : `coalesce(nullif(current_setting('tvaers.user_email', true), ''), 'system')`
        };
        event.form := ${form};
        event.operation := coalesce(current_setting('tvaers.operation', true), '');
        event.action := action;
        event.entity_type := entity_type;
        event.entity_id := entity_id;
        event.before := before;
        event.after := after;
        event.previous_hash := head.hash;
        event.hash := audit_hash(event.previous_hash, audit_canonical(event));
        INSERT INTO audit_events SELECT event.*;
        UPDATE audit_chain_head SET sequence = event.sequence, hash = event.hash;
      END
    $$`;

const ROW_CHANGE = (personal: string) => `CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'password_hash' - 'content' END;
        new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'password_hash' - 'content' END;
      BEGIN
        IF current_setting('tvaers.seeding', true) = 'on' AND current_user <> 'tvaers_app' THEN
          RETURN NULL;
        END IF;${personal}
        PERFORM audit_append(TG_OP, TG_TABLE_NAME, (coalesce(new_row, old_row)->>'id')::uuid, old_row, new_row);
        RETURN NULL;
      END
    $$`;

const WITHOUT_PERSONAL_DATA = `
        IF TG_TABLE_NAME = 'users' THEN
          old_row := old_row - 'email' - 'name';
          new_row := new_row - 'email' - 'name';
        END IF;`;

export class AuditPersonalData1796310000000 implements MigrationInterface {
  name = 'AuditPersonalData1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "form" smallint NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "ck_audit_events_form" CHECK ("form" IN (1, 2))`);
    await queryRunner.query(
      `CREATE FUNCTION audit_canonical_v1(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT ${CANONICAL_V1} $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION audit_canonical_v2(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT ${CANONICAL_V2} $$`,
    );
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_canonical(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE e.form WHEN 1 THEN audit_canonical_v1(e) ELSE audit_canonical_v2(e) END $$`);
    await queryRunner.query(APPEND(2));
    await queryRunner.query(ROW_CHANGE(WITHOUT_PERSONAL_DATA));

    await queryRunner.query(`CREATE TABLE user_pseudonymisations (
      id uuid PRIMARY KEY REFERENCES users (id) ON DELETE RESTRICT,
      number integer GENERATED ALWAYS AS IDENTITY UNIQUE,
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
      at timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`GRANT SELECT, INSERT ON user_pseudonymisations TO tvaers_app`);
    await queryRunner.query(
      `CREATE TRIGGER audit_user_pseudonymisations AFTER INSERT OR UPDATE OR DELETE ON user_pseudonymisations FOR EACH ROW EXECUTE FUNCTION audit_row_change()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE user_pseudonymisations`);
    await queryRunner.query(ROW_CHANGE(''));
    await queryRunner.query(APPEND(1));
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION audit_canonical(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT ${CANONICAL_V1} $$`,
    );
    await queryRunner.query(`DROP FUNCTION audit_canonical_v2(audit_events)`);
    await queryRunner.query(`DROP FUNCTION audit_canonical_v1(audit_events)`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "ck_audit_events_form"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "form"`);
  }
}
