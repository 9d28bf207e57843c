import { invalidField } from '../common/errors/domain-errors.js';

// Query parameters of the REST routes (exports, imports), checked the same way everywhere.

export type Language = 'da' | 'nb' | 'en';

/** `?lang=da|nb|en`, Danish when absent. */
export function languageParam(value: string | undefined): Language {
  const language = value ?? 'da';
  if (language !== 'da' && language !== 'nb' && language !== 'en') throw invalidField('lang', 'must be da, nb or en');
  return language;
}

/** `?name=true|false`, false when absent. */
export function booleanParam(name: string, value: string | undefined): boolean {
  if (value !== undefined && value !== 'true' && value !== 'false') throw invalidField(name, 'must be true or false');
  return value === 'true';
}
