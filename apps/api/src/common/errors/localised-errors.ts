import { INVALID_INPUT_TEXT, type LabelLanguage, languageOfAcceptLanguage, type ReasonParams, reasonOf, reasonText } from '@tvaers/domain';
import type { FieldProblem } from './domain-errors.js';

// A refusal in the reader's language (Accept-Language: da, nb or en; Danish when it names none of
// them), each field's reason with its stable code and parameters for clients that say it themselves.
// English keeps the rules' own wording.

export interface LocalisedFieldProblem extends FieldProblem {
  code: string;
  params: ReasonParams;
}

export function requestLanguage(acceptLanguage: string | undefined | null): LabelLanguage {
  return languageOfAcceptLanguage(acceptLanguage, 'da');
}

export function localisedFields(fields: readonly FieldProblem[], language: LabelLanguage): LocalisedFieldProblem[] {
  return localisedReasons(
    fields.map(({ field, reason }) => ({ field, reason })),
    language,
  );
}

/** The message of a refusal with fields, said again in `language` ("Invalid input: input.amount …"). */
export function localisedMessage(message: string, fields: readonly LocalisedFieldProblem[], language: LabelLanguage): string {
  if (language === 'en' || fields.length === 0 || !message.startsWith(`${INVALID_INPUT_TEXT.en}: `)) return message;
  return `${INVALID_INPUT_TEXT[language]}: ${fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`;
}

/** Any list of problems with an English `reason` (import problems too), said in `language` with codes. */
export function localisedReasons<T extends { reason: string }>(
  problems: readonly T[],
  language: LabelLanguage,
): (T & { code: string; params: ReasonParams })[] {
  return problems.map((problem) => {
    const reason = reasonOf(problem.reason);
    return {
      ...problem,
      reason: language === 'en' ? problem.reason : reasonText(reason, language),
      code: reason.code,
      params: reason.params,
    };
  });
}
