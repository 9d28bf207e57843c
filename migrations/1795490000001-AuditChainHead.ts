import type { MigrationInterface, QueryRunner } from 'typeorm';

// The chain's last sequence number and hash live in a one-row table that every append reads and moves
// on under a row lock, instead of a PostgreSQL sequence and a lookup of the newest event. Three reasons:
// - No gaps from rollbacks: a sequence is not transactional, so a transaction that wrote events and
//   rolled back (a conflict half-way through a budget grid, a failed import) used up its numbers, and
//   verification then reported the next event's predecessors as deleted.
// - Speed that does not depend on statistics: looking the newest event up with "ORDER BY sequence
//   DESC LIMIT 1" inside PL/pgSQL uses a plan cached while the trail was nearly empty. On a fresh
//   database that plan was a sequential scan, so a 10,000-row import scanned the growing table once
//   per row (38 s instead of 2.9 s).
// - Deleting the newest events can no longer go unnoticed: the head still names the last sequence
//   number written, and verification compares it with the last event that is there.
// audit_append runs as the schema owner (SECURITY DEFINER), so the app role needs no rights on the head.
const HEAD_APPEND = `CREATE OR REPLACE FUNCTION audit_append(action text, entity_type text, entity_id uuid, before jsonb, after jsonb)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
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

/** The append of 1795480000000, for down(): numbers from a sequence, the previous hash looked up. */
const SEQUENCE_APPEND = `CREATE OR REPLACE FUNCTION audit_append(action text, entity_type text, entity_id uuid, before jsonb, after jsonb) RETURNS void LANGUAGE plpgsql SECURITY INVOKER AS $$
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
    await queryRunner.query(HEAD_APPEND);
    await queryRunner.query(`DROP SEQUENCE audit_events_sequence`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE audit_events_sequence AS bigint NO CYCLE`);
    await queryRunner.query(`SELECT setval('audit_events_sequence', (SELECT sequence FROM audit_chain_head) + 1, false)`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE audit_events_sequence TO tvaers_app`);
    await queryRunner.query(SEQUENCE_APPEND);
    await queryRunner.query(`DROP TABLE audit_chain_head`);
  }
}
