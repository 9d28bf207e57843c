import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OperationDefinitionNode, parse } from 'graphql';
import { createTestApp, type GraphqlResult, type TestApp } from '../../../test/test-app.js';
import { executionCounts } from '../compiled-execution.js';

// Operations run compiled (graphql-jit, see compiled-execution.ts). The same user asks every query the
// web app sends, and a few shapes it does not, of the app as it runs and of the same app running them
// through graphql-js, on one database: the answers, errors included, must be the same.

const WEB_FEATURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web/src/features');

/** Each query of the web app's documents, with the text of its document (which holds its fragments). */
function webQueries(): { document: string; operation: OperationDefinitionNode }[] {
  return readdirSync(WEB_FEATURES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(path.join(WEB_FEATURES, file), 'utf8'))
    .flatMap((document) =>
      parse(document)
        .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.operation === 'query')
        .map((operation) => ({ document, operation })),
    );
}

describe('compiled execution answers exactly as graphql-js', () => {
  let compiled: TestApp;
  let interpreted: TestApp;
  let ask: (
    app: TestApp,
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
  ) => Promise<{ status: number; body: GraphqlResult }>;
  let programmeId: string;
  let projectId: string;

  beforeAll(async () => {
    compiled = await createTestApp({ demoData: true });
    interpreted = await createTestApp({
      databaseUrl: (compiled.dataSource.options as { url: string }).url,
      graphqlExecution: 'interpreted',
    });
    const { token } = await compiled.as('ADMIN');
    ask = async (app, query, variables, operationName) => {
      const response = await fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables, operationName }),
      });
      return { status: response.status, body: (await response.json()) as GraphqlResult };
    };
    [{ id: programmeId }] = await compiled.dataSource.query(`SELECT id FROM programmes ORDER BY name LIMIT 1`);
    [{ id: projectId }] = await compiled.dataSource.query(`SELECT id FROM projects WHERE programme_id = $1 ORDER BY code LIMIT 1`, [
      programmeId,
    ]);
  });
  afterAll(async () => {
    await interpreted?.close();
    await compiled?.close();
  });

  const same = async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
    const before = executionCounts.compiled;
    const fast = await ask(compiled, query, variables, operationName);
    expect({ query, compiled: executionCounts.compiled - before }).toEqual({ query, compiled: 1 });
    const reference = await ask(interpreted, query, variables, operationName);
    expect(executionCounts.compiled).toBe(before + 1);
    expect({ query, ...fast }).toEqual({ query, ...reference });
    return fast;
  };

  it("for every query of the web app's", async () => {
    const values: Record<string, unknown> = {
      programmeId,
      id: projectId,
      projectId,
      fromNumber: 1,
      toNumber: 1,
      groupBy: 'ORGANISATION',
      residual: false,
      country: 'DK',
      tolerances: { scheduleAmberDays: 20 },
    };
    const queries = webQueries();
    expect(queries.length).toBeGreaterThan(10);
    for (const { document, operation } of queries) {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, values[d.variable.name.value] ?? null]),
      );
      if (operation.name?.value === 'ProgrammeMembers') variables['id'] = programmeId;
      const { body } = await same(document, variables, operation.name?.value);
      expect({ operation: operation.name?.value, data: body.data != null }).toEqual({ operation: operation.name?.value, data: true });
    }
  });

  it('for aliases, fragments, @include and @skip, __typename and nulls', async () => {
    const query = `query($id: ID!, $with: Boolean!) {
      first: project(id: $id) { ...P __typename track { code } }
      again: project(id: $id) { code budgetLines @include(if: $with) { amount } benefits @skip(if: $with) { title } }
    }
    fragment P on Project { id code benefits { ... on Benefit { kind t: targets { fiscalYear value } } } }`;
    for (const withLines of [true, false]) await same(query, { id: projectId, with: withLines });
  });

  it('for errors: a missing project, a malformed id, a value of the wrong type, a missing variable', async () => {
    const detail = `query($id: ID!) { project(id: $id) { code benefits { title } } }`;
    expect((await same(detail, { id: '00000000-0000-4000-8000-000000000000' })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await same(detail, { id: 'not-a-uuid' })).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongType = await same(`query($first: Int!) { projects(programmeId: "${programmeId}", first: $first) { totalCount } }`, {
      first: 'ten',
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await same(detail, {});
    expect(missing.status).toBe(400);
  });

  it('runs through graphql-js an operation whose variables may leave out a defaulted non-null input field', async () => {
    // graphql-jit reports `field` missing instead of applying its default (CODE); graphql-js applies it.
    const query = `query($p: ID!, $order: ProjectOrder) { projects(programmeId: $p, first: 3, orderBy: $order) { edges { node { code } } } }`;
    const before = { ...executionCounts };
    const fast = await ask(compiled, query, { p: programmeId, order: { direction: 'DESC' } });
    expect(executionCounts).toEqual({ compiled: before.compiled, interpreted: before.interpreted + 1 });
    expect(fast).toEqual(await ask(interpreted, query, { p: programmeId, order: { direction: 'DESC' } }));
    const codes = fast.body.data?.projects.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes).toEqual([...codes].sort().reverse());
  });

  it('introspection runs through graphql-js, as it always did', async () => {
    const before = { ...executionCounts };
    const fast = await ask(compiled, `{ __schema { queryType { name } } }`);
    expect(executionCounts.interpreted).toBe(before.interpreted + 1);
    expect(fast.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
