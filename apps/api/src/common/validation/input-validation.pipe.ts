import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { textProblem } from '@tvaers/domain';
import { type FieldProblem, InvalidInputError } from '../errors/domain-errors.js';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);
/** @nestjs/graphql's GqlParamtype.ARGS: only resolver arguments are client input (not @Parent or @Context). */
const GRAPHQL_ARGS = 3;

function flatten(errors: ValidationError[], path: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = path ? `${path}.${error.property}` : error.property;
    // class-validator's built-in messages start with the property name; the field already says it.
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      reason: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Every string anywhere in an argument that breaks the text rule (NUL bytes, non-characters, …). */
export function textProblems(value: unknown, path: string): FieldProblem[] {
  if (typeof value === 'string') {
    const reason = textProblem(value);
    return reason ? [{ field: path, reason }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => textProblems(item, `${path}.${index}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => textProblems(item, path ? `${path}.${key}` : key));
  return [];
}

/**
 * Refuses text that breaks the text rule in any argument, ids and filters included, then
 * validates every GraphQL input object with class-validator and reports each problem as
 * { field: "input.targets.0.value", reason: "…" } in a BAD_USER_INPUT error. Unknown fields are refused.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if ((metadata.type as unknown) !== GRAPHQL_ARGS && metadata.type !== 'body') return value;
    const textErrors = textProblems(value, metadata.data ?? '');
    if (textErrors.length > 0) throw new InvalidInputError(textErrors);
    if (!metatype || PRIMITIVES.has(metatype) || value === null || typeof value !== 'object') return value;
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new InvalidInputError(flatten(errors, metadata.data ?? ''));
    return instance;
  }
}
