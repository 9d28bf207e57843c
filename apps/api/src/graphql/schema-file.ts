import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** schema.gql lives at the repository root, next to the web app that generates its client from it. */
export const SCHEMA_FILE_NAME = 'schema.gql';

const HEADER = '# Generated from the API code by `npm run schema:generate`. Do not edit: CI fails when it drifts.\n\n';

/** The committed text of a schema: sorted, so that reordering code does not show up as a change. */
export function renderSchema(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
