import { useCallback, useState } from 'react';
import { CreateStatusReportDocument, RagValues, SubmitStatusReportDocument, type LightDimension, type ProjectPageQuery, type Rag } from '../../generated/graphql';
import { FormMessage, SelectField, TextAreaField, TextField } from '../../components/Field';
import { RagBadge } from '../../components/Rag';
import { useI18n } from '../../i18n';
import { GraphqlError, request } from '../../lib/graphql';
import { type FieldErrors, useForm, onSubmit } from '../../lib/use-form';
import { formMessages } from './form-messages';

type Values = { period: string; selfAssessedRag: string; narrative: string; costRag: string; costReason: string; scheduleRag: string; scheduleReason: string; benefitRag: string; benefitReason: string };
const DIMENSIONS = [
  ['cost', 'COST'],
  ['schedule', 'SCHEDULE'],
  ['benefit', 'BENEFIT'],
] as const satisfies readonly (readonly [string, LightDimension])[];

function currentHalfYear(today = new Date()): string {
  return `${today.getFullYear()}-H${today.getMonth() < 6 ? 1 : 2}`;
}

export function StatusReportForm({ project, onSaved }: { project: ProjectPageQuery['project']; onSaved: () => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const empty: Values = { period: currentHalfYear(), selfAssessedRag: 'GREEN', narrative: '', costRag: '', costReason: '', scheduleRag: '', scheduleReason: '', benefitRag: '', benefitReason: '' };
  const validate = useCallback(
    (v: Values): FieldErrors<Values> => ({
      ...(!/^\d{4}-H[12]$/.test(v.period) && { period: t.office.periodInvalid }),
      ...Object.fromEntries(DIMENSIONS.filter(([d]) => v[`${d}Rag`] && v[`${d}Reason`].trim().length < 3).map(([d]) => [`${d}Reason`, t.office.overrideReasonRequired])),
    }),
    [t],
  );
  const form = useForm<Values>(empty, validate, formMessages(t));
  const create = async () => {
    const ok = await form.submit(async (v) => {
      const overrides = DIMENSIONS.filter(([d]) => v[`${d}Rag`]).map(([d, dimension]) => ({ dimension, rag: v[`${d}Rag`] as Rag, reason: v[`${d}Reason`].trim() }));
      await request(CreateStatusReportDocument, { input: { projectId: project.id, period: v.period, selfAssessedRag: v.selfAssessedRag as Rag, narrative: v.narrative, overrides } });
    });
    if (ok) {
      form.reset(empty);
      setStatus(t.office.reportCreated);
      onSaved();
    }
  };
  const submit = async (id: string, version: number) => {
    setSubmitError(null);
    try {
      await request(SubmitStatusReportDocument, { id, version });
      setStatus(t.office.reportSubmitted);
      onSaved();
    } catch (error) {
      setSubmitError(error instanceof GraphqlError ? error.message : String(error));
    }
  };
  const drafts = project.statusReports.filter((r) => r.state === 'DRAFT' || r.state === 'RETURNED');
  const rags = RagValues.map((r) => ({ value: r, label: t.rag[r] }));
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title">{t.office.statusReport}</h2>
      <p role="status">{status}</p>
      <FormMessage message={submitError} />
      {drafts.length > 0 && (
        <ul className="plain-list">
          {drafts.map((r) => (
            <li key={r.id}>
              {r.period} · {t.reportStates[r.state]} · <RagBadge rag={r.selfAssessedRag} />{' '}
              <button type="button" className="small" onClick={() => void submit(r.id, r.version)}>
                {t.office.submitReport} {r.period}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="subform"
        noValidate
        aria-label={t.office.createReport}
        onSubmit={onSubmit(create)}
      >
        <FormMessage message={form.formError} />
        <div className="form-grid">
          <TextField form={form} name="period" label={t.office.period} hint={t.office.periodHint} required />
          <SelectField form={form} name="selfAssessedRag" label={t.office.selfAssessed} options={rags} />
          {DIMENSIONS.map(([d]) => (
            <SelectField key={d} form={form} name={`${d}Rag`} label={t.office.override(t.lights[d])} placeholder={t.office.noOverride} options={rags} />
          ))}
          {DIMENSIONS.filter(([d]) => form.values[`${d}Rag`]).map(([d]) => (
            <TextField key={d} form={form} name={`${d}Reason`} label={`${t.office.overrideReason} (${t.lights[d]})`} required />
          ))}
        </div>
        <TextAreaField form={form} name="narrative" label={t.office.narrative} />
        <button type="submit" disabled={form.saving}>
          {t.office.createReport}
        </button>
      </form>
    </section>
  );
}
