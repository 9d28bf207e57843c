import { useCallback } from 'react';
import { SubmitBenefitReportDocument, type ProjectPageQuery } from '../../generated/graphql';
import { FormMessage, TextAreaField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';
import { Evidence } from './Evidence';

type Narrative = { narrative: string };

/** The benefit report a closed project owes 12 months after its actual end: due date, the report, or the form. */
export function BenefitReportSection({
  project,
  canEdit,
  onSaved,
}: {
  project: ProjectPageQuery['project'];
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t, format } = useI18n();
  const report = project.benefitReport;
  const validate = useCallback(
    (v: Narrative): FieldErrors<Narrative> => (v.narrative.trim().length < 20 ? { narrative: t.governance.narrativeTooShort } : {}),
    [t],
  );
  const form = useForm<Narrative>({ narrative: '' }, validate, formMessages(t));
  const submit = () =>
    form.submitAndClear(
      async (v) => {
        await request(SubmitBenefitReportDocument, { input: { projectId: project.id, narrative: v.narrative.trim() } });
      },
      { narrative: '' },
      onSaved,
    );
  return (
    <section className="card" aria-labelledby="benefit-report-title">
      <h2 id="benefit-report-title">{t.governance.benefitReport}</h2>
      {report ? (
        <>
          <p className="meta">
            {t.governance.submittedAt(format.dateTime(report.submittedAt), report.submittedBy?.name ?? t.common.none)}
            {report.late && ` · ${t.governance.late}`} · {t.governance.dueDate}: {format.date(report.dueDate)}
          </p>
          <p>{report.narrative}</p>
          <dl className="facts">
            <div>
              <dt>{t.dashboard.planned}</dt>
              <dd>{format.money(report.figures.plannedBenefit, report.figures.currency)}</dd>
            </div>
            <div>
              <dt>{t.dashboard.realised}</dt>
              <dd>{format.money(report.figures.realisedBenefit, report.figures.currency)}</dd>
            </div>
            <div>
              <dt>{t.dashboard.realisationRate}</dt>
              <dd>{format.rate(report.figures.realisationRate)}</dd>
            </div>
          </dl>
          <Evidence
            kind="BENEFIT_REPORT"
            recordId={report.id}
            label={t.governance.benefitReport}
            files={report.attachments}
            canUpload={canEdit}
            onUploaded={onSaved}
          />
        </>
      ) : project.benefitReportDueDate ? (
        <>
          <p>{t.governance.benefitReportDue(format.date(project.benefitReportDueDate))}</p>
          {canEdit && (
            <form noValidate aria-label={t.governance.submitBenefitReport} onSubmit={onSubmit(submit)}>
              <FormMessage message={form.formError} />
              <TextAreaField form={form} name="narrative" label={t.governance.benefitReportNarrative} required />
              <button type="submit" disabled={form.saving}>
                {t.governance.submitBenefitReport}
              </button>
            </form>
          )}
        </>
      ) : (
        <p>{t.governance.benefitReportNotDue}</p>
      )}
    </section>
  );
}
