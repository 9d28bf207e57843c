import type { MigrationInterface, QueryRunner } from 'typeorm';

// Maintained rollups for the dashboards (issue 16). portfolioSummary and wrongPocket summed 800,000
// targets and 750,000 measurements of a 10,000-project programme on every request (no index helps:
// every row of the programme is read). Now statement triggers on the rows they sum keep
//   project_year_rollups      per project and fiscal year: budget, co-funding, actual cost, monetised
//                             planned, realised and harvested benefit, hours and FTE freed
//   project_rollups           per project: planned and realised NPV, net benefit, payback year
//   project_receiver_rollups  per project and receiving organisation: monetised planned benefit
// in the same transaction. Generated from the entities (tables), then by hand (functions, triggers).
//
// How they stay right:
// - A change recomputes the whole rollup of each project it touches (a project is a few hundred rows)
//   rather than adding deltas, so nothing can drift, deletes by cascade included.
// - Monetisation is the ad-hoc aggregate's own (MONETISED in portfolio.sql.ts): summed per kind and
//   unit, then times the programme's rate, unrounded; numeric sums and products are exact, so the
//   dashboards' sums of the rollups equal the ad-hoc sums to the last digit (a property test compares
//   them after random writes, deletes and rollbacks).
// - Concurrent writers to one project: the refresh first locks the project row (FOR NO KEY UPDATE, so
//   it does not block foreign-key checks), then recomputes in statements that each see what the writer
//   before it committed. Whoever refreshes last sees every committed row.
// - The functions run as the schema owner (SECURITY DEFINER): row-level security must not hide rows
//   of the project from the sum. Programme rate changes recompute the programme's projects.

const MONETISED = (
  value: string,
) => `(CASE b.unit WHEN 'CURRENCY' THEN ${value} WHEN 'HOURS' THEN ${value} * prog.hourly_rate WHEN 'FTE' THEN ${value} * prog.fte_annual_cost END)
      * (CASE WHEN b.kind = 'DIS_BENEFIT' THEN -1 ELSE 1 END)`;
const MONETISABLE = `b.kind <> 'QUALITATIVE' AND b.unit IN ('CURRENCY', 'HOURS', 'FTE')`;

export const COMPUTE_ROLLUPS = `
CREATE FUNCTION tvaers_compute_rollups(ids uuid[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM project_year_rollups WHERE project_id = ANY(ids);
  INSERT INTO project_year_rollups (project_id, fiscal_year, planned_cost, co_funding, actual_cost, planned_benefit, measured, realised_benefit, harvested_benefit, hours_freed, fte_freed)
  WITH scope AS (SELECT p.id, p.programme_id FROM projects p WHERE p.id = ANY(ids)),
    planned_cost AS (
      SELECT bl.project_id, bl.fiscal_year, sum(bl.amount) AS amount,
             sum(bl.amount) FILTER (WHERE bl.funder_id = prog.fund_organisation_id) AS co_funding
        FROM budget_lines bl JOIN scope p ON p.id = bl.project_id JOIN programmes prog ON prog.id = p.programme_id GROUP BY 1, 2),
    actual_cost AS (
      SELECT c.project_id, (extract(year FROM c.date)::int - CASE WHEN extract(month FROM c.date) < prog.fiscal_year_start_month THEN 1 ELSE 0 END) AS fiscal_year,
             sum(c.amount) AS amount
        FROM cost_actuals c JOIN scope p ON p.id = c.project_id JOIN programmes prog ON prog.id = p.programme_id GROUP BY 1, 2),
    target_sums AS (
      SELECT b.project_id, v.fiscal_year, b.kind, b.unit, sum(v.value) AS value
        FROM benefit_targets v JOIN benefits b ON b.id = v.benefit_id JOIN scope p ON p.id = b.project_id
       WHERE ${MONETISABLE} GROUP BY 1, 2, 3, 4),
    planned_benefit AS (
      SELECT b.project_id, b.fiscal_year, sum(${MONETISED('b.value')}) AS amount
        FROM target_sums b JOIN scope p ON p.id = b.project_id JOIN programmes prog ON prog.id = p.programme_id GROUP BY 1, 2),
    measured_sums AS (
      SELECT b.project_id, v.fiscal_year, v.status, b.kind, b.unit, sum(v.value) AS value
        FROM benefit_measurements v JOIN benefits b ON b.id = v.benefit_id JOIN scope p ON p.id = b.project_id
       WHERE v.status IN ('VALIDATED', 'HARVESTED') GROUP BY 1, 2, 3, 4, 5),
    measured_flows AS (
      SELECT b.project_id, b.fiscal_year,
             sum(${MONETISED('b.value')}) FILTER (WHERE ${MONETISABLE}) AS amount,
             sum(${MONETISED('b.value')}) FILTER (WHERE ${MONETISABLE} AND b.status = 'HARVESTED') AS harvested,
             sum(b.value) FILTER (WHERE b.unit = 'HOURS' AND b.kind <> 'DIS_BENEFIT') AS hours,
             sum(b.value) FILTER (WHERE b.unit = 'FTE' AND b.kind <> 'DIS_BENEFIT') AS fte
        FROM measured_sums b JOIN scope p ON p.id = b.project_id JOIN programmes prog ON prog.id = p.programme_id GROUP BY 1, 2),
    year_keys AS (
      SELECT project_id, fiscal_year FROM planned_cost UNION SELECT project_id, fiscal_year FROM actual_cost
      UNION SELECT project_id, fiscal_year FROM planned_benefit UNION SELECT project_id, fiscal_year FROM measured_flows)
  SELECT k.project_id, k.fiscal_year, pc.amount, pc.co_funding, ac.amount, pb.amount, mf.project_id IS NOT NULL, mf.amount, mf.harvested, mf.hours, mf.fte
    FROM year_keys k
    LEFT JOIN planned_cost pc ON pc.project_id = k.project_id AND pc.fiscal_year = k.fiscal_year
    LEFT JOIN actual_cost ac ON ac.project_id = k.project_id AND ac.fiscal_year = k.fiscal_year
    LEFT JOIN planned_benefit pb ON pb.project_id = k.project_id AND pb.fiscal_year = k.fiscal_year
    LEFT JOIN measured_flows mf ON mf.project_id = k.project_id AND mf.fiscal_year = k.fiscal_year;

  -- NPVs, net benefit and payback from the yearly rollups just written (the ad-hoc statement's own
  -- expressions: net per year, discounted from the project's first year, payback where the cumulative
  -- net first is not negative).
  DELETE FROM project_rollups WHERE project_id = ANY(ids);
  INSERT INTO project_rollups (project_id, planned_npv, net_benefit, realised_npv, payback_year)
  WITH y AS (
      SELECT r.*, prog.discount_rate FROM project_year_rollups r JOIN projects p ON p.id = r.project_id JOIN programmes prog ON prog.id = p.programme_id
       WHERE r.project_id = ANY(ids)),
    planned_net AS (
      SELECT project_id, fiscal_year, discount_rate, COALESCE(-planned_cost, 0) + COALESCE(planned_benefit, 0) AS net FROM y
       WHERE planned_cost IS NOT NULL OR planned_benefit IS NOT NULL),
    realised_net AS (
      SELECT project_id, fiscal_year, discount_rate, COALESCE(-actual_cost, 0) + COALESCE(realised_benefit, 0) AS net FROM y
       WHERE actual_cost IS NOT NULL OR realised_benefit IS NOT NULL),
    planned_npv AS (
      SELECT project_id, sum(net / power(1 + discount_rate, fiscal_year - t0)) AS npv, sum(net) AS net_benefit
        FROM (SELECT *, min(fiscal_year) OVER (PARTITION BY project_id) AS t0 FROM planned_net) x GROUP BY 1),
    realised_npv AS (
      SELECT project_id, sum(net / power(1 + discount_rate, fiscal_year - t0)) AS npv
        FROM (SELECT *, min(fiscal_year) OVER (PARTITION BY project_id) AS t0 FROM realised_net) x GROUP BY 1),
    payback AS (
      SELECT DISTINCT ON (project_id) project_id, fiscal_year
        FROM (SELECT project_id, fiscal_year, sum(net) OVER (PARTITION BY project_id ORDER BY fiscal_year) AS cumulative FROM planned_net) x
       WHERE cumulative >= 0 ORDER BY project_id, fiscal_year)
  SELECT p.id, pn.npv, pn.net_benefit, rn.npv, pb.fiscal_year
    FROM projects p LEFT JOIN planned_npv pn ON pn.project_id = p.id LEFT JOIN realised_npv rn ON rn.project_id = p.id LEFT JOIN payback pb ON pb.project_id = p.id
   WHERE p.id = ANY(ids);

  DELETE FROM project_receiver_rollups WHERE project_id = ANY(ids);
  INSERT INTO project_receiver_rollups (project_id, receiver_id, planned_benefit)
  SELECT b.project_id, b.receiver_id, sum(${MONETISED('b.value')})
    FROM (SELECT b.project_id, b.receiver_id, b.kind, b.unit, sum(v.value) AS value
            FROM benefit_targets v JOIN benefits b ON b.id = v.benefit_id
           WHERE b.project_id = ANY(ids) AND ${MONETISABLE} GROUP BY 1, 2, 3, 4) b
    JOIN projects p ON p.id = b.project_id JOIN programmes prog ON prog.id = p.programme_id
   GROUP BY 1, 2;
END $$`;

const REFRESH_ROLLUPS = `
CREATE FUNCTION tvaers_refresh_rollups(ids uuid[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  -- One refresher per project at a time; the next one's statements see what this one committed.
  PERFORM 1 FROM projects WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
  PERFORM tvaers_compute_rollups(ids);
END $$`;

/**
 * Statement triggers with transition tables, one per event (PostgreSQL allows one event per such
 * trigger). `projectsOf(rows)` names the projects a statement's rows belong to. They run as the owner
 * too: a member's row-level security must not hide a project from the refresh.
 */
function triggerFunction(name: string, projectsOf: (rows: string) => string): string {
  return `
CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN PERFORM tvaers_refresh_rollups(ARRAY(${projectsOf('new_rows')}));
  ELSIF TG_OP = 'DELETE' THEN PERFORM tvaers_refresh_rollups(ARRAY(${projectsOf('old_rows')}));
  ELSE PERFORM tvaers_refresh_rollups(ARRAY(${projectsOf('new_rows')} UNION ${projectsOf('old_rows')}));
  END IF;
  RETURN NULL;
END $$`;
}

const ROLLUP_TABLES = ['project_year_rollups', 'project_receiver_rollups', 'project_rollups'];
const PROJECT_ROW_TABLES = ['budget_lines', 'cost_actuals', 'benefits'];
const BENEFIT_ROW_TABLES = ['benefit_targets', 'benefit_measurements'];
const EVENTS = [
  { event: 'INSERT', referencing: 'NEW TABLE AS new_rows' },
  { event: 'UPDATE', referencing: 'OLD TABLE AS old_rows NEW TABLE AS new_rows' },
  { event: 'DELETE', referencing: 'OLD TABLE AS old_rows' },
];

const PROGRAMME_CHANGE = `
CREATE FUNCTION tvaers_rollups_after_programme_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  -- The rates monetise, the fund organisation decides co-funding, the start month dates the costs, the
  -- discount rate discounts.
  PERFORM tvaers_refresh_rollups(ARRAY(
    SELECT p.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN projects p ON p.programme_id = n.id
     WHERE (n.hourly_rate, n.fte_annual_cost, n.fund_organisation_id, n.fiscal_year_start_month, n.discount_rate)
           IS DISTINCT FROM (o.hourly_rate, o.fte_annual_cost, o.fund_organisation_id, o.fiscal_year_start_month, o.discount_rate)));
  RETURN NULL;
END $$`;

const PROJECT_MOVE = `
CREATE FUNCTION tvaers_rollups_after_project_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM tvaers_refresh_rollups(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.programme_id <> o.programme_id));
  RETURN NULL;
END $$`;

export class PortfolioRollups1795600000000 implements MigrationInterface {
  name = 'PortfolioRollups1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "project_year_rollups" ("project_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "planned_cost" numeric, "co_funding" numeric, "actual_cost" numeric, "planned_benefit" numeric, "measured" boolean NOT NULL DEFAULT false, "realised_benefit" numeric, "harvested_benefit" numeric, "hours_freed" numeric, "fte_freed" numeric, CONSTRAINT "PK_b7d4ca9cde05b5ed0b3f77203f1" PRIMARY KEY ("project_id", "fiscal_year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "project_receiver_rollups" ("project_id" uuid NOT NULL, "receiver_id" uuid NOT NULL, "planned_benefit" numeric NOT NULL, CONSTRAINT "PK_25e745b18301ae5294f91c8d59e" PRIMARY KEY ("project_id", "receiver_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "project_rollups" ("project_id" uuid NOT NULL, "planned_npv" numeric, "net_benefit" numeric, "realised_npv" numeric, "payback_year" integer, CONSTRAINT "PK_ba99343563237889bedcc196603" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_rollups" ADD CONSTRAINT "FK_ba99343563237889bedcc196603" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_year_rollups" ADD CONSTRAINT "FK_8d7fb38344223d4c77f28bf812d" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_receiver_rollups" ADD CONSTRAINT "FK_dddd0a0af708e937582eb75ec7b" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_receiver_rollups" ADD CONSTRAINT "FK_853386fca5fb10ddb142ea06743" FOREIGN KEY ("receiver_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The app reads the rollups (row-level security: the rows of the projects the user sees); only the
    // functions write them.
    for (const table of ROLLUP_TABLES) {
      await queryRunner.query(`GRANT SELECT ON ${table} TO tvaers_app`);
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY ${table}_of_my_programmes ON ${table} FOR SELECT USING (tvaers_sees_all() OR EXISTS (SELECT 1 FROM projects p WHERE p.id = ${table}.project_id))`,
      );
    }
    await queryRunner.query(COMPUTE_ROLLUPS);
    await queryRunner.query(REFRESH_ROLLUPS);
    await queryRunner.query(`REVOKE EXECUTE ON FUNCTION tvaers_compute_rollups(uuid[]) FROM PUBLIC`);
    await queryRunner.query(triggerFunction('tvaers_rollups_after_project_rows', (rows) => `SELECT DISTINCT project_id FROM ${rows}`));
    // A benefit deleted with its targets has already gone: the benefits trigger refreshes its project.
    await queryRunner.query(
      triggerFunction(
        'tvaers_rollups_after_benefit_rows',
        (rows) => `SELECT DISTINCT b.project_id FROM ${rows} r JOIN benefits b ON b.id = r.benefit_id`,
      ),
    );
    await queryRunner.query(PROGRAMME_CHANGE);
    await queryRunner.query(PROJECT_MOVE);
    for (const { event, referencing } of EVENTS) {
      for (const table of PROJECT_ROW_TABLES) {
        await queryRunner.query(
          `CREATE TRIGGER rollups_after_${event.toLowerCase()} AFTER ${event} ON ${table} REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION tvaers_rollups_after_project_rows()`,
        );
      }
      for (const table of BENEFIT_ROW_TABLES) {
        await queryRunner.query(
          `CREATE TRIGGER rollups_after_${event.toLowerCase()} AFTER ${event} ON ${table} REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION tvaers_rollups_after_benefit_rows()`,
        );
      }
    }
    await queryRunner.query(
      `CREATE TRIGGER rollups_after_update AFTER UPDATE ON programmes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tvaers_rollups_after_programme_update()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER rollups_after_update AFTER UPDATE ON projects REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tvaers_rollups_after_project_update()`,
    );
    // The rows there are already.
    await queryRunner.query(`SELECT tvaers_compute_rollups(ARRAY(SELECT id FROM projects))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { event } of EVENTS) {
      for (const table of [...PROJECT_ROW_TABLES, ...BENEFIT_ROW_TABLES])
        await queryRunner.query(`DROP TRIGGER rollups_after_${event.toLowerCase()} ON ${table}`);
    }
    await queryRunner.query(`DROP TRIGGER rollups_after_update ON programmes`);
    await queryRunner.query(`DROP TRIGGER rollups_after_update ON projects`);
    for (const fn of [
      'tvaers_rollups_after_project_update()',
      'tvaers_rollups_after_programme_update()',
      'tvaers_rollups_after_benefit_rows()',
      'tvaers_rollups_after_project_rows()',
      'tvaers_refresh_rollups(uuid[])',
      'tvaers_compute_rollups(uuid[])',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    for (const table of ROLLUP_TABLES) await queryRunner.query(`DROP POLICY ${table}_of_my_programmes ON ${table}`);
    await queryRunner.query(`ALTER TABLE "project_receiver_rollups" DROP CONSTRAINT "FK_853386fca5fb10ddb142ea06743"`);
    await queryRunner.query(`ALTER TABLE "project_receiver_rollups" DROP CONSTRAINT "FK_dddd0a0af708e937582eb75ec7b"`);
    await queryRunner.query(`ALTER TABLE "project_year_rollups" DROP CONSTRAINT "FK_8d7fb38344223d4c77f28bf812d"`);
    await queryRunner.query(`ALTER TABLE "project_rollups" DROP CONSTRAINT "FK_ba99343563237889bedcc196603"`);
    await queryRunner.query(`DROP TABLE "project_rollups"`);
    await queryRunner.query(`DROP TABLE "project_receiver_rollups"`);
    await queryRunner.query(`DROP TABLE "project_year_rollups"`);
  }
}
