import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';

// A schema-driven hostile tester: for every query and mutation in schema.gql, each scalar leaf of its
// arguments gets each hostile value of its type in turn, the other arguments plausible values. What a
// hostile value must produce is a client error (never a 5xx, never INTERNAL_SERVER_ERROR), and the
// values in MUST_REFUSE must never be written.

type Scalar = 'String' | 'ID' | 'Int' | 'Decimal' | 'LocalDate';

/** Values that no field may accept; every one must come back as an error and change nothing. */
export const MUST_REFUSE: Record<Scalar, unknown[]> = {
  String: ['a\u0000b', 'ab\uFFFF\uFFFE', 'x\uD800y', 'x'.repeat(1_000_000)],
  ID: ['\u0000', 'x\uD800'],
  Int: [],
  Decimal: ['99999999999999999999.99', '1e5', '0.000001'],
  LocalDate: ['0000-01-01', '248311-01-01', '9999-12-31', '2026-02-30'],
};

/** Values that are odd but may be legitimate somewhere (a big page size, a zero, another programme's id). */
export const ODD: Record<Scalar, unknown[]> = {
  String: ['=HYPERLINK("http://example.invalid")', ''],
  ID: ['not-a-uuid', '00000000-0000-0000-0000-000000000000'],
  Int: [2147483647, -2147483648, 0],
  Decimal: ['99999999999999.99', '-99999999999999.99'],
  LocalDate: ['1900-01-01'],
};

export interface FuzzRequest {
  operation: string;
  field: string;
  leaf: string;
  value: unknown;
  mustRefuse: boolean;
  query: string;
  variables: Record<string, unknown>;
}

export function plausible(type: GraphQLInputType, name: string, ids: Record<string, string>): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, name, ids);
  if (isListType(type)) return [plausible(type.ofType, name, ids)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields()).flatMap((f) => (isNonNullType(f.type) ? [[f.name, plausible(f.type, f.name, ids)]] : [])),
    );
  }
  switch (type.name) {
    case 'ID':
      return ids[name] ?? ids['default'];
    case 'String':
      return name === 'email' ? 'fuzz@test.invalid' : 'Fuzz text';
    case 'Int':
      return /year/i.test(name) ? 2026 : name === 'version' ? 1 : 10;
    case 'Decimal':
      return '1000.00';
    case 'LocalDate':
      return '2026-06-30';
    case 'Boolean':
      return false;
    default:
      return null;
  }
}

function* leaves(
  type: GraphQLInputType,
  name: string,
  at: (string | number)[],
): Generator<{ at: (string | number)[]; scalar: Scalar; name: string }> {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) yield* leaves(t.ofType, name, [...at, 0]);
  else if (isInputObjectType(t)) for (const f of Object.values(t.getFields())) yield* leaves(f.type, f.name, [...at, f.name]);
  else if (isScalarType(t) && t.name in MUST_REFUSE) yield { at, scalar: t.name as Scalar, name };
}

function setAt(target: Record<string | number, unknown>, at: (string | number)[], value: unknown): void {
  let current = target;
  at.slice(0, -1).forEach((step, i) => {
    current[step] ??= typeof at[i + 1] === 'number' ? [] : {};
    current = current[step] as Record<string | number, unknown>;
  });
  current[at.at(-1)!] = value;
}

const selectionOf = (type: GraphQLOutputType) => {
  const named = getNamedType(type);
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
};

/** The operation calling `field` with every argument as a variable of its own type. */
function operationText(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selectionOf(field.type)} }`;
}

/** Every hostile request for the committed schema; `skip` names operations to leave out (e.g. login). */
export function hostileRequests(ids: Record<string, string>, skip: string[] = []): FuzzRequest[] {
  const schema = buildSchema(readFileSync(path.join(process.cwd(), 'schema.gql'), 'utf8'));
  const requests: FuzzRequest[] = [];
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    const kind: 'query' | 'mutation' = root === schema.getQueryType() ? 'query' : 'mutation';
    for (const field of Object.values(root.getFields())) {
      if (skip.includes(field.name)) continue;
      const query = operationText(kind, field);
      for (const arg of field.args) {
        for (const leaf of leaves(arg.type, arg.name, [])) {
          const values = [
            ...MUST_REFUSE[leaf.scalar].map((value) => ({ value, mustRefuse: true })),
            ...ODD[leaf.scalar].map((value) => ({ value, mustRefuse: false })),
          ];
          for (const { value, mustRefuse } of values) {
            const variables: Record<string, unknown> = Object.fromEntries(field.args.map((a) => [a.name, plausible(a.type, a.name, ids)]));
            setAt(variables, [arg.name, ...leaf.at], value);
            requests.push({
              operation: `${kind} ${field.name}`,
              field: field.name,
              leaf: [arg.name, ...leaf.at].join('.'),
              value,
              mustRefuse,
              query,
              variables,
            });
          }
        }
      }
    }
  }
  return requests;
}

/** One request per query and mutation with plausible arguments (ids from `idFor`, by argument and operation name). */
export function plausibleRequests(
  idFor: (argument: string, operation: string) => string | undefined,
  skip: string[] = [],
): { operation: string; field: string; query: string; variables: Record<string, unknown> }[] {
  const schema = buildSchema(readFileSync(path.join(process.cwd(), 'schema.gql'), 'utf8'));
  const requests = [];
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    const kind: 'query' | 'mutation' = root === schema.getQueryType() ? 'query' : 'mutation';
    for (const field of Object.values(root.getFields())) {
      if (skip.includes(field.name)) continue;
      const query = operationText(kind, field);
      const ids = new Proxy({} as Record<string, string>, { get: (_, name: string) => idFor(name, field.name) });
      const variables = Object.fromEntries(field.args.map((a) => [a.name, plausible(a.type, a.name, ids)]));
      requests.push({ operation: `${kind} ${field.name}`, field: field.name, query, variables });
    }
  }
  return requests;
}
