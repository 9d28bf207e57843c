import { useCallback } from 'react';
import { type ProjectPageQuery, SaveBudgetGridDocument, UpdateBenefitDocument } from '../../generated/graphql';
import { FormMessage } from '../../components/Field';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, type FormValues, parseDecimal, useForm, onSubmit } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';

type Project = ProjectPageQuery['project'];
type Row = { key: string; label: string; mostLikely: string; low: string | null; high: string | null };

/** Remounts the editor (fresh form values) whenever a line or target it shows was saved. */
export function estimatesVersion(project: Project): string {
  return [...project.budgetLines.map((l) => l.version), ...project.benefits.map((b) => b.version)].join('.');
}

/**
 * Three-point estimates: a low and a high value beside each budget line's and target's most likely
 * one, for the risk-adjusted business case. Empty means no spread on that side. Budget lines save in
 * one grid transaction; each benefit's targets save together.
 */
export function EstimatesEditor({ project, onSaved }: { project: Project; onSaved: () => void }) {
  const { t } = useI18n();
  const lines: Row[] = project.budgetLines.map((l) => ({
    key: l.id,
    label: `${l.fiscalYear} · ${l.funder.name} · ${t.categories[l.category]}`,
    mostLikely: l.amount,
    low: l.low,
    high: l.high,
  }));
  const saveLines = async (values: Map<string, { low: string | null; high: string | null }>) => {
    await request(SaveBudgetGridDocument, {
      input: {
        projectId: project.id,
        cells: project.budgetLines.map((l) => ({
          id: l.id,
          version: l.version,
          fiscalYear: l.fiscalYear,
          funderId: l.funder.id,
          category: l.category,
          amount: l.amount,
          ...values.get(l.id)!,
        })),
      },
    });
  };
  return (
    <section className="card" aria-labelledby="estimates-title">
      <h2 id="estimates-title">{t.realisation.estimates}</h2>
      <p className="card-description">{t.realisation.estimatesDescription}</p>
      {lines.length > 0 && <RangeForm title={t.dashboard.budget} rows={lines} onSave={saveLines} onSaved={onSaved} />}
      {project.benefits
        .filter((b) => b.targets.length > 0 && b.kind !== 'QUALITATIVE')
        .map((b) => (
          <RangeForm
            key={b.id}
            title={b.title}
            rows={b.targets.map((x) => ({
              key: String(x.fiscalYear),
              label: String(x.fiscalYear),
              mostLikely: x.value,
              low: x.low,
              high: x.high,
            }))}
            onSave={async (values) => {
              const targets = b.targets.map((x) => ({ fiscalYear: x.fiscalYear, value: x.value, ...values.get(String(x.fiscalYear))! }));
              await request(UpdateBenefitDocument, { input: { id: b.id, version: b.version, targets } });
            }}
            onSaved={onSaved}
          />
        ))}
    </section>
  );
}

function RangeForm({
  title,
  rows,
  onSave,
  onSaved,
}: {
  title: string;
  rows: Row[];
  onSave: (values: Map<string, { low: string | null; high: string | null }>) => Promise<void>;
  onSaved: () => void;
}) {
  const { t, format } = useI18n();
  const initial: FormValues = Object.fromEntries(
    rows.flatMap((r) => [
      [`low-${r.key}`, r.low === null ? '' : format.number(r.low, 2)],
      [`high-${r.key}`, r.high === null ? '' : format.number(r.high, 2)],
    ]),
  );
  const parsed = (v: FormValues, name: string) => (String(v[name]).trim() ? parseDecimal(String(v[name]), t.locale) : null);
  const validate = useCallback(
    (v: FormValues): FieldErrors<FormValues> => {
      const errors: Record<string, string> = {};
      for (const r of rows) {
        for (const side of ['low', 'high'] as const) {
          const name = `${side}-${r.key}`;
          if (String(v[name]).trim() && parseDecimal(String(v[name]), t.locale) === null) errors[name] = t.office.valueInvalid;
        }
        const low = parsed(v, `low-${r.key}`);
        const high = parsed(v, `high-${r.key}`);
        if (low !== null && Number(low) > Number(r.mostLikely)) errors[`low-${r.key}`] = t.realisation.lowAboveMostLikely;
        if (high !== null && Number(high) < Number(r.mostLikely)) errors[`high-${r.key}`] = t.realisation.highBelowMostLikely;
      }
      return errors;
    },
    [t, rows],
  );
  const form = useForm<FormValues>(initial, validate, formMessages(t));
  const save = () =>
    form.submit(async (v) => {
      await onSave(new Map(rows.map((r) => [r.key, { low: parsed(v, `low-${r.key}`), high: parsed(v, `high-${r.key}`) }])));
      onSaved();
    });
  const input = (r: Row, side: 'low' | 'high') => {
    const name = `${side}-${r.key}`;
    const error = form.errorOf(name);
    return (
      <td>
        <input
          id={form.fieldId(name)}
          aria-label={`${side === 'low' ? t.realisation.low : t.realisation.high}: ${title}, ${r.label}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${form.fieldId(name)}-error` : undefined}
          inputMode="decimal"
          autoComplete="off"
          value={String(form.values[name])}
          onChange={(e) => form.set(name, e.target.value)}
        />
        {error && (
          <span className="field-error" id={`${form.fieldId(name)}-error`}>
            {error}
          </span>
        )}
      </td>
    );
  };
  return (
    <form className="subform" noValidate aria-label={`${t.realisation.estimates}: ${title}`} onSubmit={onSubmit(save)}>
      <h3>{title}</h3>
      <FormMessage message={form.formError} />
      <TableScroll label={title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.realisation.line}</th>
              <th scope="col">{t.realisation.low}</th>
              <th scope="col" className="num">
                {t.realisation.mostLikely}
              </th>
              <th scope="col">{t.realisation.high}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {input(r, 'low')}
                <td className="num">{format.number(r.mostLikely, 2)}</td>
                {input(r, 'high')}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <button type="submit" disabled={form.saving || !form.dirty}>
        {t.realisation.saveEstimates}
      </button>
    </form>
  );
}
