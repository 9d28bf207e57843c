import { Kind, GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { isDecimalString } from '@tvaers/domain';

// Money and measured values travel as decimal strings ("1250000.00"), never as JSON numbers, so no
// client or server ever rounds them through a binary float.
function parse(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isDecimalString(value)) {
    throw new GraphQLError(`Decimal must be a string such as "1250000.00", got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
      nodes: node,
    });
  }
  return value;
}

export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1250000.00". Used for all money and measured values.',
  serialize: (value) => {
    if (typeof value === 'string' && isDecimalString(value)) return value;
    throw new GraphQLError('Decimal cannot represent a non-decimal value');
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Decimal literals must be strings, e.g. "1250000.00"');
    return parse(ast.value, ast);
  },
});
