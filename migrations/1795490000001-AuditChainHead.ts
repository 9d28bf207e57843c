import type { MigrationInterface, QueryRunner } from 'typeorm';

// The chain's last sequence number and hash live in a one-row table that every append reads and moves
// on under a row lock. Two reasons:
// - Speed that does not depend on statistics: the append used to find the last event with
//   "ORDER BY sequence DESC LIMIT 1" inside PL/pgSQL, whose cached plan was made when the trail was
//   nearly empty. On a fresh database that plan was a sequential scan, so a 10,000-row import
//   scanned the growing table once per row (38 s instead of 2 s).
// - Deleting the newest events can no longer go unnoticed: the head still names the last sequence
//   number written, and verification compares it with the last event that is there.
// audit_append runs as the schema owner (SECURITY DEFINER), so the app role needs no rights on the head.
const APPEND = (security: string) => `CREATE OR REPLACE FUNCTION audit_append(action text, entity_type text, entity_id uuid, before jsonb, after jsonb)
    RETURNS void LANGUAGE plpgsql ${security} AS $$
      DECLARE
        event audit_events;
        head audit_chain_head;
      BEGIN
        SELECT * INTO head FROM audit_chain_head FOR UPDATE;
        event.sequence := head.sequence + 1;
        event.at := clock_timestamp();
        event.actor_id := nullif(current_setting('tvaers.user_id', true), '')::uuid;
        event.actor_email := coalesce(nullif(current_setting('tvaers.user_email', true), ''), 'system');
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

const PREVIOUS_APPEND = `CREATE OR REPLACE FUNCTION audit_append(action text, entity_type text, entity_id uuid, before jsonb, after jsonb) RETURNS void LANGUAGE plpgsql SECURITY INVOKER AS $$
      DECLARE
        event audit_events;
        last_event audit_events;
      BEGIN
        PERFORM pg_advisory_xact_lock(7305411);
        SELECT * INTO last_event FROM audit_events ORDER BY sequence DESC LIMIT 1;
        event.sequence := coalesce(last_event.sequence, 0) + 1;
        event.at := clock_timestamp();
        event.actor_id := nullif(current_setting('tvaers.user_id', true), '')::uuid;
        event.actor_email := coalesce(nullif(current_setting('tvaers.user_email', true), ''), 'system');
        event.operation := coalesce(current_setting('tvaers.operation', true), '');
        event.action := action;
        event.entity_type := entity_type;
        event.entity_id := entity_id;
        event.before := before;
        event.after := after;
        event.previous_hash := coalesce(last_event.hash, repeat('0', 64));
        event.hash := audit_hash(event.previous_hash, audit_canonical(event));
        INSERT INTO audit_events SELECT event.*;
      END
    $$`;

export class AuditChainHead1795490000001 implements MigrationInterface {
  name = 'AuditChainHead1795490000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE audit_chain_head (
      one boolean PRIMARY KEY DEFAULT true CHECK (one),
      sequence bigint NOT NULL,
      hash text NOT NULL)`);
    await queryRunner.query(`INSERT INTO audit_chain_head (sequence, hash)
      SELECT coalesce((SELECT sequence FROM audit_events ORDER BY sequence DESC LIMIT 1), 0),
             coalesce((SELECT hash FROM audit_events ORDER BY sequence DESC LIMIT 1), repeat('0', 64))`);
    await queryRunner.query(`GRANT SELECT ON audit_chain_head TO tvaers_app`);
    await queryRunner.query(APPEND('SECURITY DEFINER SET search_path = public'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(PREVIOUS_APPEND);
    await queryRunner.query(`DROP TABLE audit_chain_head`);
  }
}
