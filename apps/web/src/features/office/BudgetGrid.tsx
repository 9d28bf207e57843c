import { useEffect, useMemo, useState } from 'react';
import { TableScroll } from '../../components/TableScroll';
import { CostCategoryValues, SaveBudgetGridDocument, type CostCategory, type ProjectPageQuery } from '../../generated/graphql';
import { FormMessage } from '../../components/Field';
import { useI18n } from '../../i18n';
import { GraphqlError, request } from '../../lib/graphql';
import { useUnsavedChanges } from '../../router/unsaved-changes';
import { parseMoney } from '../../lib/use-form';

type Project = ProjectPageQuery['project'];
const key = (year: number, funderId: string, category: string) => `${year}|${funderId}|${category}`;

/** Fiscal year × funder × category, saved in one transaction; a conflict keeps the typed amounts. */
export function BudgetGrid({ project, onSaved }: { project: Project; onSaved: () => void }) {
  const { t, format } = useI18n();
  const years = useMemo(() => {
    const from = project.programme.periodStartYear;
    const to = Math.max(project.programme.periodEndYear, ...project.budgetLines.map((l) => l.fiscalYear));
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }, [project]);
  const funders = project.participations
    .filter((p) => p.roles.includes('CO_FUNDER') || p.roles.includes('LEAD'))
    .map((p) => p.organisation);
  const lines = useMemo(() => new Map(project.budgetLines.map((l) => [key(l.fiscalYear, l.funder.id, l.category), l])), [project]);
  const initial = useMemo(() => Object.fromEntries([...lines].map(([k, l]) => [k, format.number(l.amount, 2)])), [lines, format]);
  const [cells, setCells] = useState<Record<string, string>>(initial);
  const [saved, setSaved] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A reload after someone else's save brings new versions; typed amounts stay until saved.
  useEffect(() => setSaved(initial), [initial]);
  const dirty = Object.keys({ ...cells, ...saved }).some((k) => (cells[k] ?? '') !== (saved[k] ?? ''));
  useUnsavedChanges(dirty);
  const invalid = Object.entries(cells)
    .filter(([, v]) => v.trim() !== '' && parseMoney(v, t.locale) === null)
    .map(([k]) => k);

  const save = async () => {
    setStatus(null);
    if (invalid.length) {
      setMessage(t.common.fixErrors(invalid.length));
      document.getElementById(`cell-${invalid[0]}`)?.focus();
      return;
    }
    const changed = Object.keys({ ...cells, ...saved }).filter((k) => (cells[k] ?? '') !== (saved[k] ?? ''));
    const payload = changed.map((k) => {
      const [year, funderId, category] = k.split('|') as [string, string, CostCategory];
      const line = lines.get(k);
      return {
        ...(line && { id: line.id, version: line.version }),
        fiscalYear: Number(year),
        funderId,
        category,
        amount: parseMoney(cells[k] ?? '', t.locale) ?? '0',
      };
    });
    setSaving(true);
    try {
      await request(SaveBudgetGridDocument, { input: { projectId: project.id, cells: payload } });
      setSaved(cells);
      setMessage(null);
      setStatus(t.common.saved);
      onSaved();
    } catch (error) {
      if (!(error instanceof GraphqlError)) throw error;
      setMessage(error.code === 'CONFLICT' ? t.common.conflict : error.fields.map((f) => f.reason).join('; ') || error.message);
      if (error.code === 'CONFLICT') onSaved();
    } finally {
      setSaving(false);
    }
  };

  if (funders.length === 0) {
    return (
      <section className="card" aria-labelledby="budget-title">
        <h2 id="budget-title">{t.office.budgetGrid}</h2>
        <p>{t.office.noFunders}</p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="budget-title">
      <h2 id="budget-title">{t.office.budgetGrid}</h2>
      <p className="hint" id="budget-hint">
        {t.office.budgetHint}
      </p>
      <FormMessage message={message} />
      <TableScroll label={t.office.budgetGrid}>
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">{t.office.funder}</th>
              <th scope="col">{t.office.category}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="num">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {funders.flatMap((f) =>
              CostCategoryValues.map((c) => (
                <tr key={`${f.id}-${c}`}>
                  <th scope="row">{f.name}</th>
                  <td>{t.categories[c]}</td>
                  {years.map((y) => {
                    const k = key(y, f.id, c);
                    const bad = invalid.includes(k);
                    return (
                      <td key={y}>
                        <input
                          id={`cell-${k}`}
                          className="money-input"
                          inputMode="decimal"
                          aria-label={`${f.name}, ${t.categories[c]}, ${y}`}
                          aria-invalid={bad || undefined}
                          aria-describedby="budget-hint"
                          value={cells[k] ?? ''}
                          onChange={(e) => setCells((current) => ({ ...current, [k]: e.target.value }))}
                        />
                        {bad && <span className="field-error">{t.office.amountInvalid}</span>}
                      </td>
                    );
                  })}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </TableScroll>
      <div className="form-actions">
        <button type="button" onClick={() => void save()} disabled={saving}>
          {saving ? t.common.saving : t.office.saveBudget}
        </button>
        {dirty && <span className="unsaved">{t.common.unsavedNotice}</span>}
        <span role="status">{status}</span>
      </div>
    </section>
  );
}
