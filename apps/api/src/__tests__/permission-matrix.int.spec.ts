import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { allowedByMatrix, MATRIX_ROLES, PERMISSION_MATRIX } from '../auth/permission-matrix.js';
import { createTestApp, type GraphqlClient, type TestApp } from '../../test/test-app.js';
import { createOrganisation, createProgramme } from '../../test/factories.js';

const SAMPLE_SCALARS: Record<string, unknown> = {
  ID: randomUUID(),
  String: 'x',
  Int: 2026,
  Boolean: true,
  Decimal: '1.00',
  LocalDate: '2026-01-01',
  DateTime: '2026-01-01T00:00:00Z',
};

/** A value of the right shape for an argument: required fields only, so the call reaches the guard. */
function sample(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType);
  if (type instanceof GraphQLList) return [sample(type.ofType)];
  if (type instanceof GraphQLScalarType) return SAMPLE_SCALARS[type.name] ?? 'x';
  if (type instanceof GraphQLEnumType) return type.getValues()[0]!.value;
  const input = type as GraphQLInputObjectType;
  return Object.fromEntries(
    Object.values(input.getFields())
      .filter((f) => f.type instanceof GraphQLNonNull && f.defaultValue === undefined)
      .map((f) => [f.name, sample(f.type)]),
  );
}

function callOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { text: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a: GraphQLArgument) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined);
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection =
    getNamedType(field.type) instanceof GraphQLScalarType || getNamedType(field.type) instanceof GraphQLEnumType ? '' : ' { __typename }';
  return {
    text: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])),
  };
}

/** Refused by the permission layer (not by validation or a missing row). */
function denied(result: { errors?: { message: string; extensions?: { code?: string } }[] }): boolean {
  const error = result.errors?.[0];
  return error?.extensions?.code === 'FORBIDDEN' || (error?.extensions?.code === 'UNAUTHENTICATED' && error.message === 'Sign in first');
}

describe('permission matrix: every operation × every role, against the reviewed table', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  const clients = new Map<string, GraphqlClient>();
  const tokens = new Map<string, string | undefined>([['ANONYMOUS', undefined]]);
  beforeAll(async () => {
    app = await createTestApp();
    schema = buildSchema(await readFile(path.join(process.cwd(), 'schema.gql'), 'utf8'));
    const organisation = await createOrganisation(app, 'MUNICIPALITY');
    // Roles other than ADMIN are memberships: each test user is a member of this programme (which
    // programme an operation may touch is the programme-boundary test's subject).
    await createProgramme(app);
    clients.set('ANONYMOUS', app.anonymous);
    for (const role of MATRIX_ROLES.slice(1)) {
      const signedIn = await app.as(role as never, role === 'PARTNER' ? organisation.id : undefined);
      clients.set(role, signedIn);
      tokens.set(role, signedIn.token);
    }
  });
  afterAll(() => app.close());

  // logout ends the session it is called with, so it comes last: the other operations need the sessions.
  const operations = () =>
    [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ].sort(([, a], [, b]) => Number(a.name === 'logout') - Number(b.name === 'logout'));

  it('lists every operation of the schema and every HTTP route, and nothing else', () => {
    const names = [...operations().map(([kind, f]) => `${kind} ${f.name}`), ...app.routes].sort();
    expect(Object.keys(PERMISSION_MATRIX).sort()).toEqual(names);
  });

  it('allows and denies every HTTP route exactly as the table says', async () => {
    const mismatches: string[] = [];
    for (const route of app.routes) {
      const [method, path] = route.split(' ') as [string, string];
      const url = `${app.baseUrl}${path.replace(':id', randomUUID()).replace(':table', 'projects')}`;
      for (const role of MATRIX_ROLES) {
        const token = tokens.get(role);
        const response = await fetch(url, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
        await response.arrayBuffer();
        const refused = response.status === 401 || response.status === 403;
        if (refused === allowedByMatrix(route, role))
          mismatches.push(`${route} as ${role}: expected ${allowedByMatrix(route, role) ? 'allowed' : 'denied'}, got ${response.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('allows and denies exactly as the table says', async () => {
    const mismatches: string[] = [];
    for (const [kind, field] of operations()) {
      const { text, variables } = callOf(kind, field);
      for (const role of MATRIX_ROLES) {
        const expected = allowedByMatrix(`${kind} ${field.name}`, role);
        const result = await clients.get(role)!.gql(text, variables);
        if (denied(result) === expected)
          mismatches.push(
            `${kind} ${field.name} as ${role}: expected ${expected ? 'allowed' : 'denied'}, got ${JSON.stringify(result.errors?.[0] ?? 'allowed')}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  });
});
