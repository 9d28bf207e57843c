import { type FormEvent, useCallback, useId, useMemo, useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, type PathValue, useForm as useHookForm } from 'react-hook-form';
import { GraphqlError } from './graphql';
import { useUnsavedChanges } from '../router/unsaved-changes';

export type FormValues = Record<string, string | string[] | boolean>;
export type FieldErrors<T> = Partial<Record<keyof T & string, string>>;

export interface FormMessages {
  fixErrors: (count: number) => string;
  conflict: string;
  networkError: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A field's name as react-hook-form's path type (the forms' values are flat). */
const pathOf = <T extends FormValues>(field: string) => field as unknown as Path<T & FieldValues>;

/**
 * A form on react-hook-form, with the app's conventions around it: validation as you type (a field
 * shows its error once touched, or after a save attempt), the server's errors next to their fields,
 * unsaved-change protection, and version conflicts that keep the user's input while showing what the
 * other person saved. react-hook-form holds the values, what was touched, what is dirty against the
 * last saved values, and the server's field errors.
 */
export function useForm<T extends FormValues>(initial: T, validate: (values: T) => FieldErrors<T>, messages: FormMessages) {
  const formId = useId();
  /** Element id of a field, unique on the page even when several forms share field names. */
  const fieldId = (field: string) => `${formId}-${field}`;
  const hook = useHookForm<T & FieldValues>({ defaultValues: initial as DefaultValues<T & FieldValues> });
  const values = hook.watch() as T;
  // Read during render, so that the form re-renders when they change (react-hook-form's proxy).
  const { touchedFields, errors: serverErrors, defaultValues } = hook.formState;
  const saved = (defaultValues ?? initial) as T;
  const [attempted, setAttempted] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<Partial<T> | null>(null);
  const [saving, setSaving] = useState(false);
  const clientErrors = useMemo(() => validate(values), [validate, values]);
  const dirty = !same(values, saved);
  useUnsavedChanges(dirty);

  const { setValue, clearErrors, setError, reset: resetHook } = hook;
  const set = useCallback(
    <K extends keyof T & string>(field: K, value: T[K]) => {
      setValue(pathOf<T>(field), value as PathValue<T & FieldValues, Path<T & FieldValues>>, {
        shouldDirty: true,
        shouldTouch: true,
      });
      clearErrors(pathOf<T>(field));
    },
    [setValue, clearErrors],
  );

  const serverErrorOf = (field: string): string | undefined => {
    const error = (serverErrors as Record<string, { message?: unknown } | undefined>)[field];
    return typeof error?.message === 'string' ? error.message : undefined;
  };
  const touched = (field: string) => Boolean((touchedFields as Record<string, unknown>)[field]);
  const errorOf = (field: keyof T & string): string | undefined =>
    ((touched(field) || attempted) && clientErrors[field]) || serverErrorOf(field) || undefined;

  /** What someone else saved in this field, when it differs from the user's input. */
  const theirsOf = (field: keyof T & string): T[keyof T & string] | undefined =>
    theirs && !same(theirs[field], values[field]) ? (theirs[field] as T[keyof T & string]) : undefined;

  /** Starts over from `next` as the saved values: nothing touched, no errors. */
  const reset = useCallback(
    (next: T) => {
      resetHook(next as T & FieldValues);
      setAttempted(false);
      setTheirs(null);
      setFormError(null);
    },
    [resetHook],
  );

  /** Runs the save; on CONFLICT calls `onConflict` to fetch the latest saved values. */
  async function submit(save: (values: T) => Promise<void>, onConflict?: () => Promise<T>): Promise<boolean> {
    setAttempted(true);
    const invalid = Object.keys(clientErrors);
    if (invalid.length) {
      setFormError(messages.fixErrors(invalid.length));
      document.getElementById(fieldId(invalid[0]!))?.focus();
      return false;
    }
    setSaving(true);
    setFormError(null);
    try {
      await save(values);
      // What was sent is now what is saved; whatever was typed meanwhile stays on screen.
      resetHook(values as T & FieldValues, { keepValues: true });
      setTheirs(null);
      setAttempted(false);
      return true;
    } catch (error) {
      if (!(error instanceof GraphqlError)) throw error;
      if (error.code === 'CONFLICT' && onConflict) {
        setTheirs(await onConflict());
        setFormError(messages.conflict);
      } else if (error.fields.length) {
        const named = error.fields.map((f) => ({ field: f.field.replace(/^input\./, ''), reason: f.reason }));
        for (const f of named) setError(pathOf<T>(f.field), { type: 'server', message: f.reason });
        // A problem with no field of its own on this form (e.g. a gate's checklist) is told in the message.
        const elsewhere = named.filter((f) => !(f.field in values));
        setFormError(elsewhere.length ? elsewhere.map((f) => f.reason).join(' ') : messages.fixErrors(error.fields.length));
      } else {
        setFormError(error.code === 'NETWORK' ? messages.networkError : error.message);
      }
      return false;
    } finally {
      setSaving(false);
    }
  }

  /** Saves, and on success empties the form for the next entry and tells the page. */
  async function submitAndClear(save: (values: T) => Promise<void>, cleared: T, after: () => void): Promise<boolean> {
    const ok = await submit(save);
    if (ok) {
      reset(cleared);
      after();
    }
    return ok;
  }

  /** Fields the user changed since the values were loaded or last saved (sent alone on update). */
  const changed = (Object.keys(values) as (keyof T & string)[]).filter((k) => !same(values[k], saved[k]));

  return {
    fieldId,
    values,
    set,
    errorOf,
    theirsOf,
    submit,
    submitAndClear,
    reset,
    dirty,
    changed,
    saving,
    formError,
    errorCount: Object.keys(clientErrors).length,
  };
}

export type Form<T extends FormValues> = ReturnType<typeof useForm<T>>;

/** Decimal input in Danish, Norwegian or English style ("1.250.000,50", "1 250 000,50", "1,250,000.50") to "1250000.50". */
export function parseDecimal(text: string, locale: string): string | null {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!trimmed) return null;
  const decimalComma = !locale.startsWith('en');
  const normalised = decimalComma ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? normalised.replace(/^(-?)0+(?=\d)/, '$1') : null;
}

/** Money: a decimal with at most two decimals. */
export function parseMoney(text: string, locale: string): string | null {
  const value = parseDecimal(text, locale);
  return value !== null && /^-?\d+(\.\d{1,2})?$/.test(value) ? value : null;
}

/** A form's onSubmit: no page reload, no browser validation bubbles (ours are accessible), run `action`. */
export function onSubmit(action: () => unknown) {
  return (event: FormEvent) => {
    event.preventDefault();
    void action();
  };
}
