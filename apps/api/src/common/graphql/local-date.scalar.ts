import { Kind, GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { calendarDateProblem } from '@tvaers/domain';

// A calendar day without time zone (YYYY-MM-DD), as PostgreSQL `date`. Instants use DateTime.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(value: unknown, node?: ValueNode): string {
  const problem = typeof value === 'string' ? calendarDateProblem(value) : 'must be a string "YYYY-MM-DD"';
  if (problem) {
    throw new GraphQLError(`LocalDate ${problem}, got ${JSON.stringify(value).slice(0, 40)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
      nodes: node,
    });
  }
  return value as string;
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
    return parse(ast.value, ast);
  },
});
