import { registerDecorator, type ValidationOptions } from 'class-validator';
import { fiscalYearProblem, isDecimalString, moneyProblem, quantityProblem } from '@tvaers/domain';

function rule(name: string, check: (value: unknown) => string | undefined, options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    let problem: string | undefined;
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => {
          problem = check(value);
          return problem === undefined;
        },
        defaultMessage: () => problem ?? 'is invalid',
      },
    });
  };
}

/** A money amount: decimal string, at most two decimals, non-negative unless allowed. */
export function IsMoney(options: { allowNegative?: boolean } = {}, validation?: ValidationOptions) {
  return rule('isMoney', (value) => (typeof value === 'string' ? moneyProblem(value, options) : 'must be a decimal string'), validation);
}

/** A money amount above zero (apply after IsMoney, which checks the form). */
export function IsPositiveMoney(validation?: ValidationOptions) {
  return rule(
    'isPositiveMoney',
    (value) => (typeof value === 'string' && isDecimalString(value) && !/^-|^0(\.0*)?$/.test(value) ? undefined : 'must be above zero'),
    validation,
  );
}

/** A measured quantity (hours, FTE, count …): decimal string with at most four decimals. */
export function IsQuantity(validation?: ValidationOptions) {
  return rule(
    'isQuantity',
    (value) => (typeof value === 'string' ? quantityProblem(value) : 'must be a decimal string such as "2000" or "1.5"'),
    validation,
  );
}

export function IsFiscalYear(validation?: ValidationOptions) {
  return rule('isFiscalYear', fiscalYearProblem, validation);
}

/** A discount or tolerance rate as a decimal string in [0, 1). */
export function IsRate(validation?: ValidationOptions) {
  return rule(
    'isRate',
    (value) => {
      if (typeof value !== 'string' || !isDecimalString(value)) return 'must be a decimal string such as "0.04"';
      const n = Number(value);
      return n >= 0 && n < 1 && (value.split('.')[1]?.length ?? 0) <= 4
        ? undefined
        : 'must be at least 0 and below 1, with at most 4 decimals';
    },
    validation,
  );
}
