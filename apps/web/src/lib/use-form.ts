import { type FormEvent, useCallback, useId, useMemo, useState } from 'react';
import { GraphqlError } from './graphql';
import { useUnsavedChanges } from './router';

export type FormValues = Record<string, string | string[] | boolean>;
export type FieldErrors<T> = Partial<Record<keyof T & string, string>>;

export interface FormMessages {
  fixErrors: (count: number) => string;
  conflict: string;
  networkError: string;
}

/**
 * Form state: values, validation as you type (a field shows its error once touched, or after a
 * save attempt), the server's errors next to their fields, unsaved-change protection, and version
 * conflicts that keep the user's input while showing what the other person saved.
 */
export function useForm<T extends FormValues>(initial: T, validate: (values: T) => FieldErrors<T>, messages: FormMessages) {
  const formId = useId();
  /** Element id of a field, unique on the page even when several forms share field names. */
  const fieldId = (field: string) => `${formId}-${field}`;
  const [values, setValues] = useState<T>(initial);
  const [saved, setSaved] = useState<T>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<Partial<T> | null>(null);
  const [saving, setSaving] = useState(false);
  const clientErrors = useMemo(() => validate(values), [validate, values]);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  useUnsavedChanges(dirty);

  const set = useCallback(<K extends keyof T & string>(field: K, value: T[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
    setServerErrors(({ [field]: _dropped, ...rest }) => rest);
  }, []);

  const errorOf = (field: keyof T & string): string | undefined =>
    ((touched.has(field) || attempted) && clientErrors[field]) || serverErrors[field] || undefined;

  /** What someone else saved in this field, when it differs from the user's input. */
  const theirsOf = (field: keyof T & string): T[keyof T & string] | undefined =>
    theirs && JSON.stringify(theirs[field]) !== JSON.stringify(values[field]) ? (theirs[field] as T[keyof T & string]) : undefined;

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
      setSaved(values);
      setTheirs(null);
      setAttempted(false);
      setTouched(new Set());
      return true;
    } catch (error) {
      if (!(error instanceof GraphqlError)) throw error;
      if (error.code === 'CONFLICT' && onConflict) {
        setTheirs(await onConflict());
        setFormError(messages.conflict);
      } else if (error.fields.length) {
        const named = error.fields.map((f) => ({ field: f.field.replace(/^input\./, ''), reason: f.reason }));
        setServerErrors(Object.fromEntries(named.map((f) => [f.field, f.reason])));
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

  /** Starts over from freshly loaded values (after a save elsewhere on the page). */
  const reset = useCallback((next: T) => {
    setValues(next);
    setSaved(next);
    setTouched(new Set());
    setAttempted(false);
    setServerErrors({});
    setTheirs(null);
    setFormError(null);
  }, []);

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
  const changed = (Object.keys(values) as (keyof T & string)[]).filter((k) => JSON.stringify(values[k]) !== JSON.stringify(saved[k]));

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
