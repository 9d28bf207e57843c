import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 21: signed checkpoints of the audit chain. Each row is a signature (Ed25519) over the chain's
// head (sequence, hash) at a time; the private key never reaches the database, only the public keys
// do, so that a reader can check every checkpoint, including those of keys used before a rotation.
// The app role may read and append, never change or delete: a checkpoint is evidence about the past.
// Neither table is audited: a checkpoint is a statement about the chain, not a change in it (writing
// it into the chain would move the head it signs).

export class AuditCheckpoints1796300000000 implements MigrationInterface {
  name = 'AuditCheckpoints1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE audit_signing_keys (
      key_id text PRIMARY KEY CHECK (key_id ~ '^[0-9a-f]{16}$'),
      public_key text NOT NULL UNIQUE CHECK (public_key ~ '^[A-Za-z0-9+/]{43}=$'),
      first_used_at timestamptz NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE audit_checkpoints (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      sequence bigint NOT NULL CHECK (sequence >= 0),
      hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
      signed_at timestamptz NOT NULL,
      key_id text NOT NULL REFERENCES audit_signing_keys (key_id),
      signature text NOT NULL CHECK (signature ~ '^[A-Za-z0-9+/]{86}==$'))`);
    await queryRunner.query(`CREATE INDEX audit_checkpoints_sequence ON audit_checkpoints (sequence)`);
    await queryRunner.query(`GRANT SELECT, INSERT ON audit_signing_keys, audit_checkpoints TO tvaers_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_checkpoints`);
    await queryRunner.query(`DROP TABLE audit_signing_keys`);
  }
}
