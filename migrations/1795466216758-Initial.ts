import type { MigrationInterface, QueryRunner } from 'typeorm';

// The whole schema of DOMAIN.md. Generated from the entities by scripts/migration-generate.mjs, then
// reviewed and extended by hand with what entities cannot express: GIN indexes for the array filters and
// case-insensitive uniqueness of e-mail addresses.
export class Initial1795466216758 implements MigrationInterface {
  name = 'Initial1795466216758';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "sector" text NOT NULL, "country" character(2) NOT NULL, "identifier" text NOT NULL, CONSTRAINT "uq_organisations_country_identifier" UNIQUE ("country", "identifier"), CONSTRAINT "ck_organisations_country" CHECK ("country" IN ('DK', 'NO')), CONSTRAINT "ck_organisations_sector" CHECK ("sector" IN ('STATE', 'REGION', 'MUNICIPALITY', 'JOINT_BODY', 'PRIVATE')), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_organisations_sector" ON "organisations" ("sector")`);
    await queryRunner.query(
      `CREATE TABLE "programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "currency" character(3) NOT NULL, "period_start_year" smallint NOT NULL, "period_end_year" smallint NOT NULL, "funding_envelope" numeric(16,2) NOT NULL, "discount_rate" numeric(7,4) NOT NULL DEFAULT 0.04, "fiscal_year_start_month" smallint NOT NULL DEFAULT '1', "fte_annual_cost" numeric(16,2) NOT NULL, "hourly_rate" numeric(16,2) NOT NULL, "cost_amber_overrun_rate" numeric(7,4) NOT NULL DEFAULT 0.05, "cost_red_overrun_rate" numeric(7,4) NOT NULL DEFAULT 0.1, "cost_red_overrun_amount" numeric(16,2) NOT NULL DEFAULT 6000000.00, "schedule_amber_days" integer NOT NULL DEFAULT '31', "schedule_red_days" integer NOT NULL DEFAULT '92', "benefit_green_rate" numeric(7,4) NOT NULL DEFAULT 0.95, "benefit_amber_rate" numeric(7,4) NOT NULL DEFAULT 0.8, CONSTRAINT "ck_programmes_tolerances" CHECK ("cost_amber_overrun_rate" <= "cost_red_overrun_rate" AND "cost_red_overrun_amount" >= 0 AND "schedule_amber_days" <= "schedule_red_days" AND "benefit_amber_rate" <= "benefit_green_rate"), CONSTRAINT "ck_programmes_discount_rate" CHECK ("discount_rate" >= 0 AND "discount_rate" < 1), CONSTRAINT "ck_programmes_non_negative" CHECK ("funding_envelope" >= 0 AND "fte_annual_cost" >= 0 AND "hourly_rate" >= 0), CONSTRAINT "ck_programmes_fy_start_month" CHECK ("fiscal_year_start_month" BETWEEN 1 AND 12), CONSTRAINT "ck_programmes_period" CHECK ("period_start_year" BETWEEN 2000 AND 2100 AND "period_end_year" BETWEEN "period_start_year" AND 2100), CONSTRAINT "ck_programmes_currency" CHECK ("currency" ~ '^[A-Z]{3}$'), CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "tracks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, CONSTRAINT "uq_tracks_programme_code" UNIQUE ("programme_id", "code"), CONSTRAINT "PK_242a37ffc7870380f0e611986e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tracks_programme" ON "tracks" ("programme_id")`);
    await queryRunner.query(
      `CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" uuid NOT NULL, "code" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "track_id" uuid, "phase" text NOT NULL DEFAULT 'PROPOSED', "planned_start" date, "planned_end" date, "forecast_start" date, "forecast_end" date, "actual_start" date, "actual_end" date, "life_events" text array NOT NULL DEFAULT '{}', "common_components" text array NOT NULL DEFAULT '{}', CONSTRAINT "uq_projects_programme_code" UNIQUE ("programme_id", "code"), CONSTRAINT "ck_projects_actual_dates" CHECK ("actual_end" IS NULL OR "actual_start" IS NULL OR "actual_end" >= "actual_start"), CONSTRAINT "ck_projects_forecast_dates" CHECK ("forecast_end" IS NULL OR "forecast_start" IS NULL OR "forecast_end" >= "forecast_start"), CONSTRAINT "ck_projects_planned_dates" CHECK ("planned_end" IS NULL OR "planned_start" IS NULL OR "planned_end" >= "planned_start"), CONSTRAINT "ck_projects_common_components" CHECK ("common_components" <@ ARRAY['MITID', 'NEMLOG_IN', 'DIGITAL_POST', 'BORGER_DK', 'CPR', 'CVR', 'NEMKONTO', 'KOMBIT_SHARED_SYSTEMS', 'FOLKEREGISTERET', 'ID_PORTEN', 'ALTINN']::text[]), CONSTRAINT "ck_projects_life_events" CHECK ("life_events" <@ ARRAY['MOVING_HOUSE', 'BIRTH', 'STARTING_SCHOOL_OR_DAYCARE', 'DIVORCE', 'RETIREMENT', 'MOVING_TO_NURSING_HOME', 'UNEMPLOYMENT', 'DEATH', 'STARTING_A_BUSINESS']::text[]), CONSTRAINT "ck_projects_phase" CHECK ("phase" IN ('PROPOSED', 'APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED', 'CANCELLED')), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_projects_programme" ON "projects" ("programme_id")`);
    await queryRunner.query(`CREATE INDEX "ix_projects_track" ON "projects" ("track_id")`);
    await queryRunner.query(`CREATE INDEX "ix_projects_phase" ON "projects" ("phase")`);
    await queryRunner.query(
      `CREATE TABLE "adoptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "state" text NOT NULL DEFAULT 'NOT_STARTED', "live_date" date, CONSTRAINT "uq_adoptions_project_organisation" UNIQUE ("project_id", "organisation_id"), CONSTRAINT "ck_adoptions_live_date" CHECK (("state" = 'LIVE') = ("live_date" IS NOT NULL)), CONSTRAINT "ck_adoptions_state" CHECK ("state" IN ('NOT_STARTED', 'IMPLEMENTING', 'LIVE')), CONSTRAINT "PK_f3897fdb8f8f34600711b59183b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_adoptions_organisation" ON "adoptions" ("organisation_id")`);
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("sequence" bigint NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "actor_email" text NOT NULL, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid, "before" jsonb, "after" jsonb, "previous_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_f56d97c399750ed8e6a6fd3023b" PRIMARY KEY ("sequence"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_events_entity" ON "audit_events" ("entity_type", "entity_id")`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" text NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "organisation_id" uuid, "password_hash" text, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_users_partner_organisation" CHECK ("role" <> 'PARTNER' OR "organisation_id" IS NOT NULL), CONSTRAINT "ck_users_role" CHECK ("role" IN ('ADMIN', 'PROGRAMME_OFFICE', 'PARTNER', 'VIEWER', 'AUDITOR')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "baselines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "baseline_number" integer NOT NULL, "approved_at" TIMESTAMP WITH TIME ZONE NOT NULL, "approved_by_id" uuid, "reason" text NOT NULL, "end_date" date, "total_cost" numeric(16,2) NOT NULL, "snapshot" jsonb NOT NULL, CONSTRAINT "uq_baselines_project_number" UNIQUE ("project_id", "baseline_number"), CONSTRAINT "PK_6177fb1b69ff49ab766da9e3c7f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "benefits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "title" text NOT NULL, "kind" text NOT NULL, "unit" text NOT NULL, "receiver_id" uuid NOT NULL, "owner" text NOT NULL DEFAULT '', "baseline_value" numeric(18,4), "measurement_method" text NOT NULL DEFAULT '', CONSTRAINT "ck_benefits_unit" CHECK ("unit" IN ('CURRENCY', 'HOURS', 'FTE', 'PERCENT', 'COUNT', 'SCORE', 'TCO2')), CONSTRAINT "ck_benefits_kind" CHECK ("kind" IN ('CASH_RELEASING', 'NON_CASH', 'QUALITATIVE', 'DIS_BENEFIT')), CONSTRAINT "PK_f83fd5765028f20487943258b46" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_benefits_project" ON "benefits" ("project_id")`);
    await queryRunner.query(`CREATE INDEX "ix_benefits_receiver" ON "benefits" ("receiver_id")`);
    await queryRunner.query(
      `CREATE TABLE "benefit_measurements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "benefit_id" uuid NOT NULL, "fiscal_year" smallint NOT NULL, "value" numeric(18,4) NOT NULL, "status" text NOT NULL DEFAULT 'REPORTED', "evidence" text NOT NULL DEFAULT '', "reported_by_id" uuid, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "validated_by_id" uuid, "validated_at" TIMESTAMP WITH TIME ZONE, "harvested_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_benefit_measurements_year" UNIQUE ("benefit_id", "fiscal_year"), CONSTRAINT "ck_benefit_measurements_harvested" CHECK ("status" <> 'HARVESTED' OR "harvested_at" IS NOT NULL), CONSTRAINT "ck_benefit_measurements_validated" CHECK ("status" = 'REPORTED' OR "validated_at" IS NOT NULL), CONSTRAINT "ck_benefit_measurements_fiscal_year" CHECK ("fiscal_year" BETWEEN 2000 AND 2100), CONSTRAINT "ck_benefit_measurements_status" CHECK ("status" IN ('REPORTED', 'VALIDATED', 'HARVESTED')), CONSTRAINT "PK_b515db575421746cd8e9289a021" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_benefit_measurements_status" ON "benefit_measurements" ("status")`);
    await queryRunner.query(
      `CREATE TABLE "benefit_targets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "benefit_id" uuid NOT NULL, "fiscal_year" smallint NOT NULL, "value" numeric(18,4) NOT NULL, CONSTRAINT "uq_benefit_targets_year" UNIQUE ("benefit_id", "fiscal_year"), CONSTRAINT "ck_benefit_targets_fiscal_year" CHECK ("fiscal_year" BETWEEN 2000 AND 2100), CONSTRAINT "PK_e09c352cbd1197e3286ac6a8c22" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "budget_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "fiscal_year" smallint NOT NULL, "funder_id" uuid NOT NULL, "category" text NOT NULL, "amount" numeric(16,2) NOT NULL, CONSTRAINT "uq_budget_lines_cell" UNIQUE ("project_id", "fiscal_year", "funder_id", "category"), CONSTRAINT "ck_budget_lines_category" CHECK ("category" IN ('DEVELOPMENT', 'OPERATIONS', 'INTERNAL_STAFF')), CONSTRAINT "ck_budget_lines_fiscal_year" CHECK ("fiscal_year" BETWEEN 2000 AND 2100), CONSTRAINT "ck_budget_lines_amount" CHECK ("amount" >= 0), CONSTRAINT "PK_4eabf9c9d7c8edc9ad302270c94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_budget_lines_funder" ON "budget_lines" ("funder_id")`);
    await queryRunner.query(
      `CREATE TABLE "cost_actuals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "date" date NOT NULL, "payer_id" uuid NOT NULL, "category" text NOT NULL, "amount" numeric(16,2) NOT NULL, "reference" text NOT NULL DEFAULT '', CONSTRAINT "ck_cost_actuals_amount" CHECK ("amount" <> 0), CONSTRAINT "ck_cost_actuals_category" CHECK ("category" IN ('DEVELOPMENT', 'OPERATIONS', 'INTERNAL_STAFF')), CONSTRAINT "PK_b6834d94879a0a4843ca7ecb63e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_cost_actuals_payer" ON "cost_actuals" ("payer_id")`);
    await queryRunner.query(`CREATE INDEX "ix_cost_actuals_project_date" ON "cost_actuals" ("project_id", "date")`);
    await queryRunner.query(
      `CREATE TABLE "milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "title" text NOT NULL, "baseline_date" date NOT NULL, "forecast_date" date, "actual_date" date, CONSTRAINT "PK_0bdbfe399c777a6a8520ff902d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_milestones_project" ON "milestones" ("project_id")`);
    await queryRunner.query(
      `CREATE TABLE "participations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "roles" text array NOT NULL, CONSTRAINT "uq_participations_project_organisation" UNIQUE ("project_id", "organisation_id"), CONSTRAINT "ck_participations_roles" CHECK (cardinality("roles") > 0 AND "roles" <@ ARRAY['LEAD', 'CO_FUNDER', 'IMPLEMENTER', 'BENEFIT_RECEIVER']::text[]), CONSTRAINT "PK_7aa63b8dcd3d6f8aef8a98bb14a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_participations_organisation" ON "participations" ("organisation_id")`);
    await queryRunner.query(
      `CREATE TABLE "status_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "period" text NOT NULL, "self_assessed_rag" text NOT NULL, "computed_cost_rag" text NOT NULL, "computed_schedule_rag" text NOT NULL, "computed_benefit_rag" text NOT NULL, "override_cost_rag" text, "override_cost_reason" text, "override_schedule_rag" text, "override_schedule_reason" text, "override_benefit_rag" text, "override_benefit_reason" text, "narrative" text NOT NULL DEFAULT '', "state" text NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_status_reports_project_period" UNIQUE ("project_id", "period"), CONSTRAINT "ck_status_reports_override_reason" CHECK (("override_cost_rag" IS NULL OR length(trim("override_cost_reason")) > 0) AND ("override_schedule_rag" IS NULL OR length(trim("override_schedule_reason")) > 0) AND ("override_benefit_rag" IS NULL OR length(trim("override_benefit_reason")) > 0)), CONSTRAINT "ck_status_reports_rag" CHECK ("self_assessed_rag" IN ('GREEN', 'AMBER', 'RED', 'GREY') AND "computed_cost_rag" IN ('GREEN', 'AMBER', 'RED', 'GREY') AND "computed_schedule_rag" IN ('GREEN', 'AMBER', 'RED', 'GREY') AND "computed_benefit_rag" IN ('GREEN', 'AMBER', 'RED', 'GREY') AND ("override_cost_rag" IS NULL OR "override_cost_rag" IN ('GREEN', 'AMBER', 'RED', 'GREY')) AND ("override_schedule_rag" IS NULL OR "override_schedule_rag" IN ('GREEN', 'AMBER', 'RED', 'GREY')) AND ("override_benefit_rag" IS NULL OR "override_benefit_rag" IN ('GREEN', 'AMBER', 'RED', 'GREY'))), CONSTRAINT "ck_status_reports_state" CHECK ("state" IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')), CONSTRAINT "ck_status_reports_period" CHECK ("period" ~ '^[0-9]{4}-H[12]$'), CONSTRAINT "PK_5b303afd85233dce17c88c519ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_settings" ("key" text NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_975c2db59c65c05fd9c6b63a2ab" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "tracks" ADD CONSTRAINT "FK_ef1886225406e71aa2283f291d6" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "FK_a02a449a5ca22505a4460b8631a" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "FK_47de164cf0c5a9271ca8ab95d75" FOREIGN KEY ("track_id") REFERENCES "tracks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "adoptions" ADD CONSTRAINT "FK_b6ceae5dc4c3cfb933ecaf341e4" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "adoptions" ADD CONSTRAINT "FK_8f89ae500f9c81ae69caa1e04d4" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "baselines" ADD CONSTRAINT "FK_f7049e9169a39f27abae7da9f5c" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "baselines" ADD CONSTRAINT "FK_5b61d1c7fa8ef5fe9da956cc315" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefits" ADD CONSTRAINT "FK_c85d3678eb973a341adcb22a529" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefits" ADD CONSTRAINT "FK_10c7fc236ea2244301fc67ea321" FOREIGN KEY ("receiver_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_measurements" ADD CONSTRAINT "FK_d718cb8453f23eefa630c1a082c" FOREIGN KEY ("benefit_id") REFERENCES "benefits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_measurements" ADD CONSTRAINT "FK_026dfb6b8fe8c5d1260640f2949" FOREIGN KEY ("reported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_measurements" ADD CONSTRAINT "FK_755a15dd78335741ee05afadacc" FOREIGN KEY ("validated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_targets" ADD CONSTRAINT "FK_0f821785a21d0dd084bbda352e5" FOREIGN KEY ("benefit_id") REFERENCES "benefits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_lines" ADD CONSTRAINT "FK_b8a5a6ce588ceae44d349c447d0" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_lines" ADD CONSTRAINT "FK_4fd7a3ec7a787047ca4016b0558" FOREIGN KEY ("funder_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cost_actuals" ADD CONSTRAINT "FK_744439726a1636e29263369876f" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cost_actuals" ADD CONSTRAINT "FK_0b2001df8169bdc04338b4df5b5" FOREIGN KEY ("payer_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "FK_2204463ea4c5c1872e1fb2b8ffb" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participations" ADD CONSTRAINT "FK_462dd702e00f9e4a217b392711e" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participations" ADD CONSTRAINT "FK_0af7588183703d19b5db5f1535d" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "status_reports" ADD CONSTRAINT "FK_f371acb114c9133b0d57ee0fc0b" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Hand-written: filters "projects touching life event X / component Y" use array containment.
    await queryRunner.query(`CREATE INDEX "ix_projects_life_events" ON "projects" USING GIN ("life_events")`);
    await queryRunner.query(`CREATE INDEX "ix_projects_common_components" ON "projects" USING GIN ("common_components")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users" (lower("email"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_users_email"`);
    await queryRunner.query(`DROP INDEX "ix_projects_common_components"`);
    await queryRunner.query(`DROP INDEX "ix_projects_life_events"`);
    await queryRunner.query(`ALTER TABLE "status_reports" DROP CONSTRAINT "FK_f371acb114c9133b0d57ee0fc0b"`);
    await queryRunner.query(`ALTER TABLE "participations" DROP CONSTRAINT "FK_0af7588183703d19b5db5f1535d"`);
    await queryRunner.query(`ALTER TABLE "participations" DROP CONSTRAINT "FK_462dd702e00f9e4a217b392711e"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "FK_2204463ea4c5c1872e1fb2b8ffb"`);
    await queryRunner.query(`ALTER TABLE "cost_actuals" DROP CONSTRAINT "FK_0b2001df8169bdc04338b4df5b5"`);
    await queryRunner.query(`ALTER TABLE "cost_actuals" DROP CONSTRAINT "FK_744439726a1636e29263369876f"`);
    await queryRunner.query(`ALTER TABLE "budget_lines" DROP CONSTRAINT "FK_4fd7a3ec7a787047ca4016b0558"`);
    await queryRunner.query(`ALTER TABLE "budget_lines" DROP CONSTRAINT "FK_b8a5a6ce588ceae44d349c447d0"`);
    await queryRunner.query(`ALTER TABLE "benefit_targets" DROP CONSTRAINT "FK_0f821785a21d0dd084bbda352e5"`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" DROP CONSTRAINT "FK_755a15dd78335741ee05afadacc"`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" DROP CONSTRAINT "FK_026dfb6b8fe8c5d1260640f2949"`);
    await queryRunner.query(`ALTER TABLE "benefit_measurements" DROP CONSTRAINT "FK_d718cb8453f23eefa630c1a082c"`);
    await queryRunner.query(`ALTER TABLE "benefits" DROP CONSTRAINT "FK_10c7fc236ea2244301fc67ea321"`);
    await queryRunner.query(`ALTER TABLE "benefits" DROP CONSTRAINT "FK_c85d3678eb973a341adcb22a529"`);
    await queryRunner.query(`ALTER TABLE "baselines" DROP CONSTRAINT "FK_5b61d1c7fa8ef5fe9da956cc315"`);
    await queryRunner.query(`ALTER TABLE "baselines" DROP CONSTRAINT "FK_f7049e9169a39f27abae7da9f5c"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577"`);
    await queryRunner.query(`ALTER TABLE "adoptions" DROP CONSTRAINT "FK_8f89ae500f9c81ae69caa1e04d4"`);
    await queryRunner.query(`ALTER TABLE "adoptions" DROP CONSTRAINT "FK_b6ceae5dc4c3cfb933ecaf341e4"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_47de164cf0c5a9271ca8ab95d75"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_a02a449a5ca22505a4460b8631a"`);
    await queryRunner.query(`ALTER TABLE "tracks" DROP CONSTRAINT "FK_ef1886225406e71aa2283f291d6"`);
    await queryRunner.query(`DROP TABLE "app_settings"`);
    await queryRunner.query(`DROP TABLE "status_reports"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participations_organisation"`);
    await queryRunner.query(`DROP TABLE "participations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_milestones_project"`);
    await queryRunner.query(`DROP TABLE "milestones"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cost_actuals_project_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cost_actuals_payer"`);
    await queryRunner.query(`DROP TABLE "cost_actuals"`);
    await queryRunner.query(`DROP INDEX "public"."ix_budget_lines_funder"`);
    await queryRunner.query(`DROP TABLE "budget_lines"`);
    await queryRunner.query(`DROP TABLE "benefit_targets"`);
    await queryRunner.query(`DROP INDEX "public"."ix_benefit_measurements_status"`);
    await queryRunner.query(`DROP TABLE "benefit_measurements"`);
    await queryRunner.query(`DROP INDEX "public"."ix_benefits_receiver"`);
    await queryRunner.query(`DROP INDEX "public"."ix_benefits_project"`);
    await queryRunner.query(`DROP TABLE "benefits"`);
    await queryRunner.query(`DROP TABLE "baselines"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_entity"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_adoptions_organisation"`);
    await queryRunner.query(`DROP TABLE "adoptions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_phase"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_track"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_programme"`);
    await queryRunner.query(`DROP TABLE "projects"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tracks_programme"`);
    await queryRunner.query(`DROP TABLE "tracks"`);
    await queryRunner.query(`DROP TABLE "programmes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisations_sector"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
  }
}
