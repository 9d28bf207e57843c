import type { MigrationInterface, QueryRunner } from 'typeorm';

// A PostgreSQL sequence is not transactional: a transaction that wrote audit events and then rolled
// back (a conflict half-way through a budget grid, an import that failed) still used up its numbers,
// and the next event left a gap that verification reports as deleted events. Appends already hold an
// advisory lock until commit, so the next number is simply the last committed one plus one.
const APPEND_BODY = (nextSequence: string) => `
      DECLARE
        event audit_events;
        last_event audit_events;
      BEGIN
        PERFORM pg_advisory_xact_lock(7305411);
        SELECT * INTO last_event FROM audit_events ORDER BY sequence DESC LIMIT 1;
        event.sequence := ${nextSequence};
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
      END`;

const replaceAppend = (body: string) =>
  `CREATE OR REPLACE FUNCTION audit_append(action text, entity_type text, entity_id uuid, before jsonb, after jsonb) RETURNS void LANGUAGE plpgsql AS $$${body}
    $$`;

export class AuditSequenceWithoutGaps1795490000000 implements MigrationInterface {
  name = 'AuditSequenceWithoutGaps1795490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(replaceAppend(APPEND_BODY(`coalesce(last_event.sequence, 0) + 1`)));
    await queryRunner.query(`DROP SEQUENCE audit_events_sequence`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE audit_events_sequence AS bigint NO CYCLE`);
    await queryRunner.query(`SELECT setval('audit_events_sequence', coalesce((SELECT max(sequence) FROM audit_events), 0) + 1, false)`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE audit_events_sequence TO tvaers_app`);
    await queryRunner.query(replaceAppend(APPEND_BODY(`nextval('audit_events_sequence')`)));
  }
}
