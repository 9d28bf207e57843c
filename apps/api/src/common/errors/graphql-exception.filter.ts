import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver exception to GraphQL unchanged, where formatGraphqlError turns it into a client
 * error. Without this, Nest's default handler would log expected refusals (validation, conflicts) as
 * server errors; the formatter logs only the unexpected ones.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
