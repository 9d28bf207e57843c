import type { DataSource } from 'typeorm';

// A large, realistic-looking programme generated inside PostgreSQL with generate_series (no rows cross
// the wire), deterministic through hashint4. Used by the benchmark; never part of the demo data.

export interface ScaleOptions {
  projects: number;
  measurements: number;
}

/** Deterministic pseudo-random integer in [0, n) from a seed expression. */
const rnd = (seed: string, n: number) => `(abs(hashint4(${seed})) % ${n})`;

export async function generateScalePortfolio(
  ds: DataSource,
  { projects, measurements }: ScaleOptions,
): Promise<{ programmeId: string; rows: Record<string, number> }> {
  // Each benefit is measured at most once per fiscal year (2025–2029), so the number of benefits per
  // project follows from the requested measurements.
  const benefitsPerProject = Math.max(3, Math.ceil(measurements / (projects * 5)));
  return ds.transaction(async (m) => {
    // Bulk seeding as the schema owner: no row-by-row audit (one SEED event below instead).
    await m.query(`SELECT set_config('tvaers.seeding', 'on', true)`);
    const [{ id: programmeId }] = await m.query(
      `INSERT INTO programmes (name, currency, period_start_year, period_end_year, funding_envelope, fte_annual_cost, hourly_rate)
       VALUES ($1, 'DKK', 2025, 2029, $2, 550000, 400) RETURNING id`,
      [`Skalatest ${projects} projekter`, String(projects * 10_000_000)],
    );
    const tag = `S${String(programmeId).slice(0, 8)}-`;
    await m.query(
      `INSERT INTO organisations (name, sector, country, identifier)
       SELECT 'Skalaorganisation ' || g, (ARRAY['STATE','REGION','MUNICIPALITY','JOINT_BODY','PRIVATE'])[1 + g % 5], 'DK', $1 || g
         FROM generate_series(1, 200) g`,
      [tag],
    );
    await m.query(
      `CREATE TEMP TABLE scale_orgs ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY identifier) AS n, id FROM organisations WHERE identifier LIKE $1 || '%'`,
      [tag],
    );
    await m.query(`INSERT INTO tracks (programme_id, code, name) SELECT $1, 'T' || g, 'Spor ' || g FROM generate_series(1, 10) g`, [
      programmeId,
    ]);
    await m.query(
      `INSERT INTO projects (programme_id, code, title, phase, track_id, planned_start, planned_end, forecast_end, life_events, common_components)
       SELECT $1, 'S-' || lpad(g::text, 6, '0'), 'Skalaprojekt ' || g,
              (ARRAY['PROPOSED','APPROVED','EXECUTION','EXECUTION','ROLLOUT','ROLLOUT','CLOSED','CANCELLED'])[1 + g % 8],
              (SELECT id FROM tracks t WHERE t.programme_id = $1 ORDER BY code OFFSET g % 10 LIMIT 1),
              date '2025-01-01' + ${rnd('g', 365)}, date '2026-06-01' + ${rnd('g + 1', 700)}, date '2026-06-01' + ${rnd('g + 1', 700)} + ${rnd('g + 2', 150)},
              ARRAY[(ARRAY['MOVING_HOUSE','BIRTH','RETIREMENT','UNEMPLOYMENT','DEATH'])[1 + g % 5]], ARRAY['MITID','CPR']
         FROM generate_series(1, $2::int) g`,
      [programmeId, projects],
    );
    await m.query(
      `CREATE TEMP TABLE scale_projects ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY code) AS n, id FROM projects WHERE programme_id = $1`,
      [programmeId],
    );
    const orgOf = (expr: string) => `(SELECT id FROM scale_orgs WHERE n = 1 + ${expr} % 200)`;
    await m.query(`INSERT INTO participations (project_id, organisation_id, roles)
      SELECT p.id, o.id, CASE k WHEN 0 THEN ARRAY['LEAD','CO_FUNDER'] WHEN 1 THEN ARRAY['CO_FUNDER'] WHEN 2 THEN ARRAY['IMPLEMENTER'] ELSE ARRAY['BENEFIT_RECEIVER'] END
        FROM scale_projects p CROSS JOIN generate_series(0, 3) k JOIN scale_orgs o ON o.n = 1 + (p.n * 7 + k * 53) % 200`);
    await m.query(`INSERT INTO budget_lines (project_id, fiscal_year, funder_id, category, amount)
      SELECT p.id, y, o.id, c, (100000 + ${rnd('(p.n * 31 + y * 7 + length(c))::int', 3000000)})::numeric / 1
        FROM scale_projects p CROSS JOIN generate_series(2025, 2027) y CROSS JOIN unnest(ARRAY['DEVELOPMENT','OPERATIONS']) c
        JOIN scale_orgs o ON o.n = 1 + (p.n * 7 + (y % 2) * 53) % 200`);
    await m.query(`INSERT INTO cost_actuals (project_id, date, payer_id, category, amount, reference)
      SELECT p.id, date '2025-01-15' + k * 75, o.id, 'DEVELOPMENT', (50000 + ${rnd('(p.n * 13 + k)::int', 900000)})::numeric + 0.5, 'FAK-' || p.n || '-' || k
        FROM scale_projects p CROSS JOIN generate_series(0, 7) k JOIN scale_orgs o ON o.n = 1 + (p.n * 7 + (k % 2) * 53) % 200`);
    await m.query(
      `INSERT INTO benefits (project_id, title, kind, unit, receiver_id)
        SELECT p.id, 'Gevinst ' || b,
               CASE WHEN b % 7 = 3 THEN 'DIS_BENEFIT' WHEN b % 5 = 4 THEN 'QUALITATIVE' WHEN b % 2 = 0 THEN 'CASH_RELEASING' ELSE 'NON_CASH' END,
               CASE WHEN b % 5 = 4 THEN 'SCORE' WHEN b % 3 = 1 THEN 'HOURS' WHEN b % 11 = 5 THEN 'FTE' ELSE 'CURRENCY' END,
               ${orgOf('(p.n * 7 + 3 * 53 + b)')}
          FROM scale_projects p CROSS JOIN generate_series(1, $1::int) b`,
      [benefitsPerProject],
    );
    await m.query(`CREATE TEMP TABLE scale_benefits ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY p.n, b.title) AS n, b.id, b.unit FROM benefits b JOIN scale_projects p ON p.id = b.project_id`);
    await m.query(`INSERT INTO benefit_targets (benefit_id, fiscal_year, value)
      SELECT b.id, y, CASE b.unit WHEN 'CURRENCY' THEN 20000 + ${rnd('(b.n * 17 + y)::int', 400000)} WHEN 'HOURS' THEN 100 + ${rnd('(b.n * 19 + y)::int', 2000)}
                              WHEN 'FTE' THEN 0.5 + ${rnd('(b.n * 23 + y)::int', 4)} ELSE 3 + ${rnd('(b.n * 29 + y)::int', 2)} END
        FROM scale_benefits b CROSS JOIN generate_series(2025, 2029) y`);
    await m.query(
      `INSERT INTO benefit_measurements (benefit_id, fiscal_year, value, status, validated_at, harvested_at)
      SELECT t.benefit_id, t.fiscal_year, round(t.value * (0.6 + ${rnd('(b.n * 37 + t.fiscal_year)::int', 50)}::numeric / 100), 2), s.status,
             CASE WHEN s.status <> 'REPORTED' THEN now() END, CASE WHEN s.status = 'HARVESTED' THEN now() END
        FROM benefit_targets t JOIN scale_benefits b ON b.id = t.benefit_id
        CROSS JOIN LATERAL (SELECT (ARRAY['REPORTED','VALIDATED','VALIDATED','HARVESTED'])[1 + ${rnd('(b.n * 41 + t.fiscal_year)::int', 4)}] AS status) s
       WHERE (b.n - 1) * 5 + (t.fiscal_year - 2025) < $1`,
      [measurements],
    );
    await m.query(`INSERT INTO adoptions (project_id, organisation_id, state, live_date)
      SELECT p.id, o.id, CASE WHEN k < 2 THEN 'LIVE' ELSE 'IMPLEMENTING' END, CASE WHEN k < 2 THEN date '2026-03-01' END
        FROM scale_projects p CROSS JOIN generate_series(0, 4) k JOIN scale_orgs o ON o.n = 1 + (p.n * 11 + k * 37) % 200`);
    const counts = await m.query(
      `SELECT
        (SELECT count(*) FROM projects WHERE programme_id = $1)::int AS projects,
        (SELECT count(*) FROM budget_lines bl JOIN projects p ON p.id = bl.project_id WHERE p.programme_id = $1)::int AS budget_lines,
        (SELECT count(*) FROM cost_actuals c JOIN projects p ON p.id = c.project_id WHERE p.programme_id = $1)::int AS cost_actuals,
        (SELECT count(*) FROM benefits b JOIN projects p ON p.id = b.project_id WHERE p.programme_id = $1)::int AS benefits,
        (SELECT count(*) FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id JOIN projects p ON p.id = b.project_id WHERE p.programme_id = $1)::int AS measurements`,
      [programmeId],
    );
    await m.query('ANALYZE');
    await m.query(`SELECT set_config('tvaers.seeding', 'off', true)`);
    await m.query(`SELECT audit_append('SEED', 'scale_portfolio', $1::uuid, NULL, $2::jsonb)`, [programmeId, JSON.stringify(counts[0])]);
    return { programmeId, rows: counts[0] };
  });
}
