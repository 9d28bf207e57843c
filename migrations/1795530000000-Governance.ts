import type { MigrationInterface, QueryRunner } from 'typeorm';

// Governance: risks and issues, benefit forecasts, gate decisions, benefit reports, reporting rounds,
// notifications, the mail outbox and evidence files. Generated from the entities, then by hand:
// - the app role's grants, the audit trigger on every domain table, and row-level security by
//   programme like the tables before (attachments by their project);
// - notifications are the user's own; the outbox is the administrator's (and the reminder job's);
// - the audit trigger leaves a file's bytes out of the event: the event carries its SHA-256 instead.

const PROJECT_TABLES = ['risks', 'project_issues', 'gate_decisions', 'benefit_reports', 'attachments'];
const AUDITED = ['risks', 'project_issues', 'benefit_forecasts', 'gate_decisions', 'benefit_reports', 'reporting_rounds', 'attachments'];
const USER_ID = `nullif(current_setting('tvaers.user_id', true), '')::uuid`;
const AUDIT_ROW_CHANGE = (dropped: string) => `CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) ${dropped} END;
        new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) ${dropped} END;
      BEGIN
        IF current_setting('tvaers.seeding', true) = 'on' AND current_user <> 'tvaers_app' THEN
          RETURN NULL;
        END IF;
        PERFORM audit_append(TG_OP, TG_TABLE_NAME, (coalesce(new_row, old_row)->>'id')::uuid, old_row, new_row);
        RETURN NULL;
      END
    $$`;

export class Governance1795530000000 implements MigrationInterface {
  name = 'Governance1795530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "record_kind" text NOT NULL, "record_id" uuid NOT NULL, "project_id" uuid NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by_id" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_attachments_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_attachments_size" CHECK ("size" BETWEEN 1 AND 26214400 AND octet_length("content") = "size"), CONSTRAINT "ck_attachments_kind" CHECK ("record_kind" IN ('MEASUREMENT', 'COST_ACTUAL', 'STATUS_REPORT', 'GATE_DECISION', 'BENEFIT_REPORT')), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_attachments_project" ON "attachments" ("project_id")`);
    await queryRunner.query(`CREATE INDEX "ix_attachments_record" ON "attachments" ("record_kind", "record_id")`);
    await queryRunner.query(
      `CREATE TABLE "benefit_forecasts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "benefit_id" uuid NOT NULL, "fiscal_year" smallint NOT NULL, "value" numeric(18,4) NOT NULL, CONSTRAINT "uq_benefit_forecasts_year" UNIQUE ("benefit_id", "fiscal_year"), CONSTRAINT "ck_benefit_forecasts_fiscal_year" CHECK ("fiscal_year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_50d3d12fb4ba30b7415744d0dbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "benefit_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "due_date" date NOT NULL, "narrative" text NOT NULL, "figures" jsonb NOT NULL, "submitted_by_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_benefit_reports_project" UNIQUE ("project_id"), CONSTRAINT "PK_c91a48853214d42dd7acc41100e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "gate_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "from_phase" text NOT NULL, "to_phase" text NOT NULL, "decision" text NOT NULL, "minutes" text NOT NULL, "checklist" jsonb NOT NULL, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_gate_decisions_phases" CHECK ("from_phase" IN ('PROPOSED', 'APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED', 'CANCELLED') AND "to_phase" IN ('PROPOSED', 'APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED', 'CANCELLED')), CONSTRAINT "ck_gate_decisions_decision" CHECK ("decision" IN ('APPROVED', 'REJECTED', 'DEFERRED')), CONSTRAINT "PK_75185d2b7ae3e67656b1587d473" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_gate_decisions_project" ON "gate_decisions" ("project_id")`);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "dedupe_key" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_notifications_user_dedupe" UNIQUE ("user_id", "dedupe_key"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "outbox_mails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "error" text, "attempts" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_b29f3864833e0d790528753c19c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_outbox_mails_unsent" ON "outbox_mails" ("created_at") WHERE "sent_at" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "reporting_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" uuid NOT NULL, "period" text NOT NULL, "due_date" date NOT NULL, "reminder_days_before" smallint NOT NULL DEFAULT '7', CONSTRAINT "uq_reporting_rounds_programme_period" UNIQUE ("programme_id", "period"), CONSTRAINT "ck_reporting_rounds_reminder_days" CHECK ("reminder_days_before" BETWEEN 0 AND 90), CONSTRAINT "ck_reporting_rounds_period" CHECK ("period" ~ '^[0-9]{4}-H[12]$'), CONSTRAINT "PK_12b4499b7936bbcc8e7a119c54d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "project_issues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "severity" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "owner" text NOT NULL DEFAULT '', "due_date" date, "resolution" text NOT NULL DEFAULT '', CONSTRAINT "ck_project_issues_resolution" CHECK ("status" <> 'RESOLVED' OR length(trim("resolution")) > 0), CONSTRAINT "ck_project_issues_status" CHECK ("status" IN ('OPEN', 'IN_PROGRESS', 'RESOLVED')), CONSTRAINT "ck_project_issues_severity" CHECK ("severity" IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')), CONSTRAINT "PK_d80ed7d327961e73db16b91178b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_project_issues_project" ON "project_issues" ("project_id")`);
    await queryRunner.query(
      `CREATE TABLE "risks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "category" text NOT NULL, "probability" smallint NOT NULL, "impact" smallint NOT NULL, "owner" text NOT NULL DEFAULT '', "mitigation" text NOT NULL DEFAULT '', "residual_probability" smallint, "residual_impact" smallint, "status" text NOT NULL DEFAULT 'OPEN', "proximity" date, "review_date" date, CONSTRAINT "ck_risks_category" CHECK ("category" IN ('FINANCIAL', 'SCHEDULE', 'TECHNICAL', 'ORGANISATIONAL', 'LEGAL', 'SECURITY', 'SUPPLIER', 'ADOPTION')), CONSTRAINT "ck_risks_status" CHECK ("status" IN ('OPEN', 'MITIGATING', 'CLOSED', 'MATERIALISED')), CONSTRAINT "ck_risks_residual_pair" CHECK (("residual_probability" IS NULL) = ("residual_impact" IS NULL)), CONSTRAINT "ck_risks_scales" CHECK (("probability" BETWEEN 1 AND 5) AND ("impact" BETWEEN 1 AND 5) AND ("residual_probability" IS NULL OR "residual_probability" BETWEEN 1 AND 5) AND ("residual_impact" IS NULL OR "residual_impact" BETWEEN 1 AND 5)), CONSTRAINT "PK_df437126f5dd05e856b8bf7157f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_risks_project" ON "risks" ("project_id")`);
    await queryRunner.query(`ALTER TABLE "programmes" ADD "variance_threshold" numeric(7,4) NOT NULL DEFAULT 0.05`);
    await queryRunner.query(`ALTER TABLE "programmes" ADD "gate_checklists" jsonb`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "delivery_confidence" text`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "delivery_confidence_comment" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "office_confidence" text`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "office_confidence_comment" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "office_rated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "office_rated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "cost_variance_explanation" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "schedule_variance_explanation" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "benefit_variance_explanation" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "outlook" jsonb`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "risk_snapshot" jsonb`);
    await queryRunner.query(`ALTER TABLE "status_reports" ADD "issue_snapshot" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "status_reports" ADD CONSTRAINT "ck_status_reports_confidence" CHECK (("delivery_confidence" IS NULL OR "delivery_confidence" IN ('GREEN', 'AMBER_GREEN', 'AMBER', 'AMBER_RED', 'RED')) AND ("office_confidence" IS NULL OR "office_confidence" IN ('GREEN', 'AMBER_GREEN', 'AMBER', 'AMBER_RED', 'RED')))`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_fe78d8a39780832c17d451b1085" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_70a38fc450d3b433c86b67e69d6" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_forecasts" ADD CONSTRAINT "FK_c4e20129dc420c4aa586f4b443a" FOREIGN KEY ("benefit_id") REFERENCES "benefits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_reports" ADD CONSTRAINT "FK_93f77d8cdf913daf73b28610b1b" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_reports" ADD CONSTRAINT "FK_c39b371c60c5828d2cd499c59c0" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gate_decisions" ADD CONSTRAINT "FK_70f9b00a5f8776c8362dd264475" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gate_decisions" ADD CONSTRAINT "FK_557933076d10394c4ba3c739110" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_rounds" ADD CONSTRAINT "FK_8094b09123dc31599f8da9a4b9f" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_issues" ADD CONSTRAINT "FK_512d77590908693d22f8080a483" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risks" ADD CONSTRAINT "FK_77393571319ce1defaf560c65bf" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(AUDIT_ROW_CHANGE(`- 'password_hash' - 'content'`));
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ${[...AUDITED, 'notifications', 'outbox_mails'].join(', ')} TO tvaers_app`,
    );
    for (const table of AUDITED) {
      await queryRunner.query(
        `CREATE TRIGGER audit_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row_change()`,
      );
    }
    const policy = async (table: string, visible: string) => {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_of_my_programmes ON ${table} USING (tvaers_sees_all() OR ${visible})`);
    };
    for (const table of PROJECT_TABLES) await policy(table, `project_id = ANY ((SELECT tvaers_my_projects())::uuid[])`);
    await policy('benefit_forecasts', `benefit_id = ANY ((SELECT tvaers_my_benefits())::uuid[])`);
    await policy('reporting_rounds', `programme_id = ANY ((SELECT tvaers_my_programmes())::uuid[])`);
    await queryRunner.query(`ALTER TABLE notifications ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY notifications_own ON notifications USING (current_setting('tvaers.role', true) = 'SYSTEM' OR user_id = ${USER_ID})`,
    );
    await queryRunner.query(`ALTER TABLE outbox_mails ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY outbox_mails_admin ON outbox_mails USING (current_setting('tvaers.role', true) IN ('ADMIN', 'SYSTEM'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY outbox_mails_admin ON outbox_mails`);
    await queryRunner.query(`DROP POLICY notifications_own ON notifications`);
    for (const table of [...PROJECT_TABLES, 'benefit_forecasts', 'reporting_rounds'])
      await queryRunner.query(`DROP POLICY ${table}_of_my_programmes ON ${table}`);
    for (const table of AUDITED) await queryRunner.query(`DROP TRIGGER audit_${table} ON ${table}`);
    await queryRunner.query(AUDIT_ROW_CHANGE(`- 'password_hash'`));
    await queryRunner.query(`ALTER TABLE "risks" DROP CONSTRAINT "FK_77393571319ce1defaf560c65bf"`);
    await queryRunner.query(`ALTER TABLE "project_issues" DROP CONSTRAINT "FK_512d77590908693d22f8080a483"`);
    await queryRunner.query(`ALTER TABLE "reporting_rounds" DROP CONSTRAINT "FK_8094b09123dc31599f8da9a4b9f"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await queryRunner.query(`ALTER TABLE "gate_decisions" DROP CONSTRAINT "FK_557933076d10394c4ba3c739110"`);
    await queryRunner.query(`ALTER TABLE "gate_decisions" DROP CONSTRAINT "FK_70f9b00a5f8776c8362dd264475"`);
    await queryRunner.query(`ALTER TABLE "benefit_reports" DROP CONSTRAINT "FK_c39b371c60c5828d2cd499c59c0"`);
    await queryRunner.query(`ALTER TABLE "benefit_reports" DROP CONSTRAINT "FK_93f77d8cdf913daf73b28610b1b"`);
    await queryRunner.query(`ALTER TABLE "benefit_forecasts" DROP CONSTRAINT "FK_c4e20129dc420c4aa586f4b443a"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_70a38fc450d3b433c86b67e69d6"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_fe78d8a39780832c17d451b1085"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP CONSTRAINT "ck_status_reports_confidence"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "issue_snapshot"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "risk_snapshot"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "outlook"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "benefit_variance_explanation"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "schedule_variance_explanation"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "cost_variance_explanation"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "office_rated_at"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "office_rated_by_id"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "office_confidence_comment"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "office_confidence"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "delivery_confidence_comment"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP COLUMN "delivery_confidence"`);
    await queryRunner.query(`ALTER TABLE "programmes" DROP COLUMN "gate_checklists"`);
    await queryRunner.query(`ALTER TABLE "programmes" DROP COLUMN "variance_threshold"`);
    await queryRunner.query(`DROP INDEX "public"."ix_risks_project"`);
    await queryRunner.query(`DROP TABLE "risks"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_issues_project"`);
    await queryRunner.query(`DROP TABLE "project_issues"`);
    await queryRunner.query(`DROP TABLE "reporting_rounds"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_mails_unsent"`);
    await queryRunner.query(`DROP TABLE "outbox_mails"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_created"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gate_decisions_project"`);
    await queryRunner.query(`DROP TABLE "gate_decisions"`);
    await queryRunner.query(`DROP TABLE "benefit_reports"`);
    await queryRunner.query(`DROP TABLE "benefit_forecasts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attachments_record"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attachments_project"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
