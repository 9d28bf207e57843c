import { GraphQLScalarType } from 'graphql';

/** Row snapshots (before/after) as they were stored: any JSON value. Output only. */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (row snapshots of the audit trail).',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSON is an output type only');
  },
  parseLiteral: () => {
    throw new TypeError('JSON is an output type only');
  },
});
