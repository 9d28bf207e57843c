import { useCallback, useState } from 'react';
import {
  CreateStatusReportDocument,
  RagValues,
  SubmitStatusReportDocument,
  UpdateStatusReportDocument,
  type DeliveryConfidence,
  type LightDimension,
  type ProjectPageQuery,
  type Rag,
} from '../../generated/graphql';
import { FormMessage, SelectField, TextAreaField, TextField } from '../../components/Field';
import { RagBadge } from '../../components/Rag';
import { useI18n } from '../../i18n';
import { CONFIDENCE_ORDER } from '../governance/confidence-order';
import type { Messages } from '../../i18n/da';
import { request } from '../../lib/graphql';
import { type FieldErrors, type Form, useForm, onSubmit } from '../../lib/use-form';
import { formMessages } from './form-messages';

type Project = ProjectPageQuery['project'];
type Explanations = {
  deliveryConfidence: string;
  deliveryConfidenceComment: string;
  costVarianceExplanation: string;
  scheduleVarianceExplanation: string;
  benefitVarianceExplanation: string;
};
type Values = Explanations & {
  period: string;
  selfAssessedRag: string;
  narrative: string;
  costRag: string;
  costReason: string;
  scheduleRag: string;
  scheduleReason: string;
  benefitRag: string;
  benefitReason: string;
};
const DIMENSIONS = [
  ['cost', 'COST'],
  ['schedule', 'SCHEDULE'],
  ['benefit', 'BENEFIT'],
] as const satisfies readonly (readonly [string, LightDimension])[];
const EXPLANATION = {
  COST: 'costVarianceExplanation',
  SCHEDULE: 'scheduleVarianceExplanation',
  BENEFIT: 'benefitVarianceExplanation',
} as const satisfies Record<LightDimension, keyof Explanations>;

function currentHalfYear(today = new Date()): string {
  return `${today.getFullYear()}-H${today.getMonth() < 6 ? 1 : 2}`;
}

/** Where the forecast deviates beyond the programme's threshold: those dimensions need an explanation to submit. */
function neededExplanations(project: Project) {
  return project.figures.variances.filter((v) => v.needsExplanation);
}

function explanationErrors(v: Explanations, project: Project, t: Messages): FieldErrors<Explanations> {
  return {
    ...(!v.deliveryConfidence && { deliveryConfidence: t.governance.confidenceRequired }),
    ...Object.fromEntries(
      neededExplanations(project)
        .filter((n) => v[EXPLANATION[n.dimension]].trim().length < 5)
        .map((n) => [EXPLANATION[n.dimension], t.governance.explanationRequired]),
    ),
  };
}

/** The project's own delivery confidence and the variance explanations its figures call for. */
function ExplanationFields<T extends Explanations>({ form, project }: { form: Form<T>; project: Project }) {
  const { t, format } = useI18n();
  return (
    <>
      <div className="form-grid">
        <SelectField
          form={form}
          name="deliveryConfidence"
          label={t.governance.deliveryConfidence}
          placeholder={t.governance.notRated}
          options={CONFIDENCE_ORDER.map((c) => ({ value: c, label: t.governance.confidences[c] }))}
          required
        />
        <TextField form={form} name="deliveryConfidenceComment" label={t.governance.deliveryConfidenceComment} />
      </div>
      {neededExplanations(project).map((n) => (
        <TextAreaField
          key={n.dimension}
          form={form}
          name={EXPLANATION[n.dimension]}
          label={t.governance.varianceExplanation(t.governance.dimensions[n.dimension])}
          hint={t.governance.varianceHint(n.rate === null ? t.common.none : format.rate(n.rate))}
          required
        />
      ))}
    </>
  );
}

const explanationInput = (v: Explanations) => ({
  deliveryConfidence: (v.deliveryConfidence || null) as DeliveryConfidence | null,
  deliveryConfidenceComment: v.deliveryConfidenceComment,
  costVarianceExplanation: v.costVarianceExplanation,
  scheduleVarianceExplanation: v.scheduleVarianceExplanation,
  benefitVarianceExplanation: v.benefitVarianceExplanation,
});

export function StatusReportForm({ project, onSaved }: { project: Project; onSaved: () => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const empty: Values = {
    period: currentHalfYear(),
    selfAssessedRag: 'GREEN',
    narrative: '',
    costRag: '',
    costReason: '',
    scheduleRag: '',
    scheduleReason: '',
    benefitRag: '',
    benefitReason: '',
    deliveryConfidence: '',
    deliveryConfidenceComment: '',
    costVarianceExplanation: '',
    scheduleVarianceExplanation: '',
    benefitVarianceExplanation: '',
  };
  const validate = useCallback(
    (v: Values): FieldErrors<Values> => ({
      ...(!/^\d{4}-H[12]$/.test(v.period) && { period: t.office.periodInvalid }),
      ...Object.fromEntries(
        DIMENSIONS.filter(([d]) => v[`${d}Rag`] && v[`${d}Reason`].trim().length < 3).map(([d]) => [
          `${d}Reason`,
          t.office.overrideReasonRequired,
        ]),
      ),
    }),
    [t],
  );
  const form = useForm<Values>(empty, validate, formMessages(t));
  const create = async () => {
    const ok = await form.submit(async (v) => {
      const overrides = DIMENSIONS.filter(([d]) => v[`${d}Rag`]).map(([d, dimension]) => ({
        dimension,
        rag: v[`${d}Rag`] as Rag,
        reason: v[`${d}Reason`].trim(),
      }));
      await request(CreateStatusReportDocument, {
        input: {
          projectId: project.id,
          period: v.period,
          selfAssessedRag: v.selfAssessedRag as Rag,
          narrative: v.narrative,
          overrides,
          ...explanationInput(v),
        },
      });
    });
    if (ok) {
      form.reset(empty);
      setStatus(t.office.reportCreated);
      onSaved();
    }
  };
  const drafts = project.statusReports.filter((r) => r.state === 'DRAFT' || r.state === 'RETURNED');
  const rags = RagValues.map((r) => ({ value: r, label: t.rag[r] }));
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title">{t.office.statusReport}</h2>
      <p role="status">{status}</p>
      {drafts.map((r) => (
        <DraftForm
          key={`${r.id}-${r.version}`}
          report={r}
          project={project}
          onDone={(message) => {
            setStatus(message);
            onSaved();
          }}
        />
      ))}
      <form className="subform" noValidate aria-label={t.office.createReport} onSubmit={onSubmit(create)}>
        <FormMessage message={form.formError} />
        <div className="form-grid">
          <TextField form={form} name="period" label={t.office.period} hint={t.office.periodHint} required />
          <SelectField form={form} name="selfAssessedRag" label={t.office.selfAssessed} options={rags} />
          {DIMENSIONS.map(([d]) => (
            <SelectField
              key={d}
              form={form}
              name={`${d}Rag`}
              label={t.office.override(t.lights[d])}
              placeholder={t.office.noOverride}
              options={rags}
            />
          ))}
          {DIMENSIONS.filter(([d]) => form.values[`${d}Rag`]).map(([d]) => (
            <TextField key={d} form={form} name={`${d}Reason`} label={`${t.office.overrideReason} (${t.lights[d]})`} required />
          ))}
        </div>
        <ExplanationFields form={form} project={project} />
        <TextAreaField form={form} name="narrative" label={t.office.narrative} />
        <button type="submit" disabled={form.saving}>
          {t.office.createReport}
        </button>
      </form>
    </section>
  );
}

/** A draft or returned report: complete the rating and explanations, save, and submit. */
function DraftForm({
  report,
  project,
  onDone,
}: {
  report: Project['statusReports'][number];
  project: Project;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const initial: Explanations = {
    deliveryConfidence: report.deliveryConfidence ?? '',
    deliveryConfidenceComment: report.deliveryConfidenceComment,
    costVarianceExplanation: report.costVarianceExplanation,
    scheduleVarianceExplanation: report.scheduleVarianceExplanation,
    benefitVarianceExplanation: report.benefitVarianceExplanation,
  };
  const validate = useCallback((v: Explanations) => explanationErrors(v, project, t), [project, t]);
  const form = useForm<Explanations>(initial, validate, formMessages(t));
  const submit = () =>
    form.submit(async (v) => {
      const saved = form.dirty
        ? (await request(UpdateStatusReportDocument, { input: { id: report.id, version: report.version, ...explanationInput(v) } }))
            .updateStatusReport
        : report;
      await request(SubmitStatusReportDocument, { id: report.id, version: saved.version });
      onDone(t.office.reportSubmitted);
    });
  return (
    <form className="subform" noValidate aria-label={t.governance.editDraft(report.period)} onSubmit={onSubmit(submit)}>
      <h3>
        {report.period} · {t.reportStates[report.state]} · <RagBadge rag={report.selfAssessedRag} />
      </h3>
      {report.returnReason && <p className="meta">{report.returnReason}</p>}
      <FormMessage message={form.formError} />
      <ExplanationFields form={form} project={project} />
      <button type="submit" disabled={form.saving}>
        {t.office.submitReport} {report.period}
      </button>
    </form>
  );
}
