import type { ReactNode } from 'react';
import type { Form, FormValues } from '../lib/use-form';

interface FieldProps<T extends FormValues> {
  form: Form<T>;
  name: keyof T & string;
  label: string;
  hint?: string;
  required?: boolean;
  /** Shows what someone else saved, after a version conflict. */
  describeTheirs?: (value: T[keyof T & string]) => string;
}

/** Label, control, hint and error wired together for screen readers (aria-describedby, aria-invalid). */
function FieldShell<T extends FormValues>({
  form,
  name,
  label,
  hint,
  required,
  describeTheirs,
  children,
}: FieldProps<T> & { children: (aria: Record<string, unknown>) => ReactNode }) {
  const error = form.errorOf(name);
  const theirs = form.theirsOf(name);
  const id = form.fieldId(name);
  const ids = [hint && `${id}-hint`, error && `${id}-error`, theirs !== undefined && `${id}-theirs`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': ids || undefined,
        'aria-required': required || undefined,
      })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {theirs !== undefined && describeTheirs && (
        <p className="theirs" id={`${id}-theirs`}>
          {describeTheirs(theirs)}
        </p>
      )}
    </div>
  );
}

export function TextField<T extends FormValues>(
  props: FieldProps<T> & { type?: 'text' | 'date'; inputMode?: 'decimal' | 'numeric' | 'text'; autoComplete?: string },
) {
  const { form, name, type = 'text', inputMode, autoComplete = 'off' } = props;
  return (
    <FieldShell {...props}>
      {(aria) => (
        <input
          {...aria}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          value={String(form.values[name] ?? '')}
          onChange={(e) => form.set(name, e.target.value as T[typeof name])}
        />
      )}
    </FieldShell>
  );
}

export function TextAreaField<T extends FormValues>(props: FieldProps<T>) {
  const { form, name } = props;
  return (
    <FieldShell {...props}>
      {(aria) => (
        <textarea
          {...aria}
          rows={4}
          value={String(form.values[name] ?? '')}
          onChange={(e) => form.set(name, e.target.value as T[typeof name])}
        />
      )}
    </FieldShell>
  );
}

export function SelectField<T extends FormValues>(
  props: FieldProps<T> & { options: { value: string; label: string }[]; placeholder?: string },
) {
  const { form, name, options, placeholder } = props;
  return (
    <FieldShell {...props}>
      {(aria) => (
        <select {...aria} value={String(form.values[name] ?? '')} onChange={(e) => form.set(name, e.target.value as T[typeof name])}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Several choices as checkboxes in a fieldset; the legend names the group. */
export function CheckboxGroup<T extends FormValues>({
  form,
  name,
  label,
  options,
}: {
  form: Form<T>;
  name: keyof T & string;
  label: string;
  options: { value: string; label: string }[];
}) {
  const selected = (form.values[name] as string[]) ?? [];
  const error = form.errorOf(name);
  return (
    <fieldset
      className={`field checkboxes${error ? ' has-error' : ''}`}
      aria-describedby={error ? `${form.fieldId(name)}-error` : undefined}
      id={form.fieldId(name)}
      tabIndex={-1}
    >
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input
            type="checkbox"
            checked={selected.includes(o.value)}
            onChange={(e) =>
              form.set(name, (e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value)) as T[typeof name])
            }
          />
          {o.label}
        </label>
      ))}
      {error && (
        <p className="field-error" id={`${form.fieldId(name)}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The form's own message (error summary or conflict), announced when it appears. */
export function FormMessage({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'form-message' : undefined}>
      {message}
    </div>
  );
}
