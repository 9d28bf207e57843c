import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

// Limits that keep one request from costing the server much: nesting depth, aliases (which can
// repeat an expensive field many times) and the number of fields. Parsing is capped separately
// (maxTokens). Generous for the web app's largest query, small for abuse.
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 30, maxFields: 600, maxTokens: 8000 } as const;

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
}

export function depthLimitRule(context: ValidationContext): ASTVisitor {
  let depth = 0;
  let reported = false;
  return {
    SelectionSet: {
      enter() {
        depth += 1;
        if (depth > QUERY_LIMITS.maxDepth && !reported) {
          reported = true;
          context.reportError(refuse(`Query nests deeper than ${QUERY_LIMITS.maxDepth} levels`));
        }
      },
      leave() {
        depth -= 1;
      },
    },
  };
}

export function aliasAndFieldLimitRule(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  let fields = 0;
  return {
    Field(node) {
      fields += 1;
      if (node.alias) aliases += 1;
    },
    Document: {
      leave() {
        if (aliases > QUERY_LIMITS.maxAliases)
          context.reportError(refuse(`Query uses ${aliases} aliases; at most ${QUERY_LIMITS.maxAliases} are allowed`));
        if (fields > QUERY_LIMITS.maxFields)
          context.reportError(refuse(`Query selects ${fields} fields; at most ${QUERY_LIMITS.maxFields} are allowed`));
      },
    },
  };
}

export const LIMIT_RULES = [depthLimitRule, aliasAndFieldLimitRule];
