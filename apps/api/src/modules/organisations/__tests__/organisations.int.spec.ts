import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { addBudgetLine, addParticipation, createOrganisation, createWorld, uniqueCvr } from '../../../../test/factories.js';
import { expectRefused } from '../../../../test/mutation-cases.js';
import { ORGANISATION_REFERENCES } from '../organisation-merge.service.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { organisationCases } from './organisations.cases.js';

describe('organisations (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(organisationCases, { app: () => app });

  it('lists organisations, optionally of one country and sector', async () => {
    const region = await createOrganisation(app, 'REGION', 'Region');
    const { all, regions, norwegian } = await app.ok(`{
      all: organisations { id }
      regions: organisations(country: DK, sector: REGION) { id sector country }
      norwegian: organisations(country: NO) { id }
    }`);
    expect(all).toContainEqual({ id: region.id });
    expect(regions).toContainEqual({ id: region.id, sector: 'REGION', country: 'DK' });
    expect(regions.every((o: { sector: string }) => o.sector === 'REGION')).toBe(true);
    expect(norwegian).not.toContainEqual({ id: region.id });
  });

  it("accepts the issue's valid register numbers, written with spaces and dots, and stores them bare", async () => {
    const create = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { identifier identifierKind identifierProblem } }`;
    const cvr = uniqueCvr();
    const { createOrganisation: dk } = await app.ok(create, {
      input: { name: 'Prøve A/S', sector: 'PRIVATE', country: 'DK', identifier: `${cvr.slice(0, 2)} ${cvr.slice(2, 4)} ${cvr.slice(4)}` },
    });
    expect(dk).toEqual({ identifier: cvr, identifierKind: 'CVR', identifierProblem: null });
    // 29190925 and 974760673 may already be registered by an earlier run on this database.
    for (const [country, identifier] of [
      ['DK', '29190925'],
      ['NO', '974760673'],
    ]) {
      const result = await app.gql(create, { input: { name: 'Fra issue 22', sector: 'STATE', country, identifier } });
      if (result.errors) expectRefused(result, 'BAD_USER_INPUT', 'input.identifier');
      if (result.errors) expect(result.errors[0]!.extensions!.fields![0]!.reason).toContain('already registered');
      else expect(result.data!['createOrganisation']).toMatchObject({ identifier, identifierProblem: null });
    }
    const twice = await app.gql(create, { input: { name: 'Igen', sector: 'PRIVATE', country: 'DK', identifier: cvr } });
    expectRefused(twice, 'BAD_USER_INPUT', 'input.identifier');
  });

  it('flags rows entered before identifiers were checked, and still lets them be renamed', async () => {
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO organisations (name, sector, country, identifier) VALUES ('Gammel række', 'STATE', 'DK', $1) RETURNING id`,
      [`OLD-${Date.now()}`],
    );
    const { organisation } = await app.ok(`query($id: ID!) { organisation(id: $id) { version identifierKind identifierProblem } }`, { id });
    expect(organisation.identifierKind).toBeNull();
    expect(organisation.identifierProblem).toContain('CVR number (8 digits)');
    await app.ok(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
      input: { id, version: organisation.version, name: 'Gammel række, nyt navn' },
    });
  });

  it('searches names anywhere and identifiers from their start, with wildcards taken literally', async () => {
    const org = await createOrganisation(app, 'STATE', 'Søgestyrelsen 100%_');
    const { byName, byIdentifier, wildcard } = await app.ok(
      `query($name: String!, $identifier: String!) {
        byName: organisations(search: $name) { id }
        byIdentifier: organisations(search: $identifier) { id }
        wildcard: organisations(search: "%") { id }
      }`,
      { name: 'søgestyrelsen 100%', identifier: (await identifierOf(org.id)).slice(0, 6) },
    );
    expect(byName).toEqual([{ id: org.id }]);
    expect(byIdentifier).toContainEqual({ id: org.id });
    expect(wildcard).toContainEqual({ id: org.id });
    expectRefused(await app.gql(`{ organisations(search: "${'x'.repeat(201)}") { id } }`), 'BAD_USER_INPUT', 'search');
  });

  it('has a merge rule for every foreign key that refers to organisations', async () => {
    const references: { reference: string }[] = await app.dataSource.query(`
      SELECT c.conrelid::regclass::text || '.' || a.attname AS reference
        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
       WHERE c.contype = 'f' AND c.confrelid = 'organisations'::regclass`);
    const ruled = Object.values(ORGANISATION_REFERENCES).flat();
    expect(references.map((r) => r.reference).sort()).toEqual([...ruled].sort());
  });

  it('moves every reference in one transaction and refuses a merge whose budget cells clash, writing nothing', async () => {
    const world = await createWorld(app);
    const duplicate = await createOrganisation(app, 'STATE', 'Dublet');
    await addParticipation(app, world.project.id, duplicate.id, ['CO_FUNDER']);
    await addBudgetLine(app, world.project.id, world.lead.id, 2027, '100000.00');
    await addBudgetLine(app, world.project.id, duplicate.id, 2027, '200000.00');
    await addBudgetLine(app, world.project.id, duplicate.id, 2028, '300000.00');
    const merge = (keep: { id: string; version: number }, dup: { id: string; version: number }) =>
      app.gql(`mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) { id version } }`, {
        input: { keepId: keep.id, keepVersion: keep.version, duplicateId: dup.id, duplicateVersion: dup.version },
      });
    const refused = await merge(world.lead, duplicate);
    expectRefused(refused, 'BAD_USER_INPUT', 'duplicateId');
    expect(refused.errors![0]!.extensions!.fields![0]!.reason).toContain(`DEVELOPMENT budget line for 2027 in ${world.project.code}`);
    const funders = async () =>
      (await app.dataSource.query(`SELECT funder_id FROM budget_lines WHERE project_id = $1 ORDER BY fiscal_year`, [world.project.id])).map(
        (r: { funder_id: string }) => r.funder_id,
      );
    expect((await funders()).filter((id: string) => id === duplicate.id)).toHaveLength(2);

    // Another keeper without the clash: every line moves, the duplicate is gone, the chain still verifies.
    const keeper = await createOrganisation(app, 'STATE', 'Beholdes');
    const { data } = await merge(keeper, duplicate);
    expect(data!['mergeOrganisations']).toEqual({ id: keeper.id, version: 2 });
    expect((await funders()).filter((id: string) => id === keeper.id)).toHaveLength(2);
    expect(await app.dataSource.query(`SELECT 1 FROM organisations WHERE id = $1`, [duplicate.id])).toEqual([]);
    const { verifyAuditChain } = await app.ok(`{ verifyAuditChain { ok } }`);
    expect(verifyAuditChain.ok).toBe(true);
  });

  it('registers a CVR number once when 20 requests race for it, refusing the rest at the field', async () => {
    const cvr = uniqueCvr();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.gql(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
          input: { name: `Kapløb ${i}`, sector: 'PRIVATE', country: 'DK', identifier: cvr },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) expectRefused(refused, 'BAD_USER_INPUT', 'input.identifier');
    const rows = await app.dataSource.query(`SELECT count(*)::int AS n FROM organisations WHERE identifier = $1`, [cvr]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses NUL bytes, long names and wrong types with the field named', async () => {
    const create = (input: Record<string, unknown>) =>
      app.gql(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
        input: { name: 'Prøve', sector: 'STATE', country: 'DK', identifier: uniqueCvr(), ...input },
      });
    expectRefused(await create({ identifier: '2919\u00000925' }), 'BAD_USER_INPUT', 'input.identifier');
    // (A 1 MB body is refused before GraphQL, with 413; hostile-input.int.spec.ts covers it for every operation.)
    expectRefused(await create({ name: 'x'.repeat(100_000) }), 'BAD_USER_INPUT', 'input.name');
    expectRefused(await create({ name: 'a\u0000b' }), 'BAD_USER_INPUT', 'input.name');
    const wrongType = await create({ identifier: 29190925 });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  const identifierOf = async (id: string): Promise<string> =>
    (await app.dataSource.query(`SELECT identifier FROM organisations WHERE id = $1`, [id]))[0].identifier;
});
