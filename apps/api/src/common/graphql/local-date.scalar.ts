import { Kind, GraphQLError, GraphQLScalarType } from 'graphql';

// A calendar day without time zone (YYYY-MM-DD), as PostgreSQL `date`. Instants use DateTime.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isRealDate(value)) {
    throw new GraphQLError(`LocalDate must be a real calendar date as "YYYY-MM-DD", got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date without time zone, "YYYY-MM-DD".',
  serialize: (value) => {
    if (typeof value === 'string' && ISO_DATE.test(value)) return value;
    throw new GraphQLError('LocalDate cannot represent this value');
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('LocalDate literals must be strings, e.g. "2026-06-30"');
    return parse(ast.value);
  },
});
