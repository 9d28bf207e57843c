import { useCallback, useState } from 'react';
import {
  ApproveStatusReportDocument,
  RateStatusReportDocument,
  ReturnStatusReportDocument,
  type DeliveryConfidence,
  type ProjectPageQuery,
} from '../../generated/graphql';
import { FormMessage, SelectField, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { CONFIDENCE_ORDER } from './confidence-order';
import { GraphqlError, request } from '../../lib/graphql';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';

type Report = ProjectPageQuery['project']['statusReports'][number];
type Rating = { confidence: string; comment: string };
type Return = { reason: string };

/** The programme office's part: its own rating of a submitted report, then approval or return to the author. */
export function StatusReportReview({ report, onSaved }: { report: Report; onSaved: () => void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const rateValidate = useCallback((v: Rating): FieldErrors<Rating> => (!v.confidence ? { confidence: t.common.required } : {}), [t]);
  const rating = useForm<Rating>(
    { confidence: report.officeConfidence ?? '', comment: report.officeConfidenceComment },
    rateValidate,
    formMessages(t),
  );
  const returnValidate = useCallback(
    (v: Return): FieldErrors<Return> => (v.reason.trim().length < 5 ? { reason: t.common.required } : {}),
    [t],
  );
  const back = useForm<Return>({ reason: '' }, returnValidate, formMessages(t));
  const rate = () =>
    rating.submit(async (v) => {
      await request(RateStatusReportDocument, {
        id: report.id,
        version: report.version,
        confidence: v.confidence as DeliveryConfidence,
        comment: v.comment,
      });
      setMessage(t.governance.rated);
      onSaved();
    });
  const approve = async () => {
    setMessage(null);
    try {
      await request(ApproveStatusReportDocument, { id: report.id, version: report.version });
      setMessage(t.governance.reportApproved);
      onSaved();
    } catch (error) {
      setMessage(error instanceof GraphqlError ? (error.fields[0]?.reason ?? error.message) : String(error));
    }
  };
  const returnReport = () =>
    back.submit(async (v) => {
      await request(ReturnStatusReportDocument, { id: report.id, version: report.version, reason: v.reason.trim() });
      setMessage(t.governance.reportReturned);
      onSaved();
    });
  return (
    <div className="review" role="group" aria-label={t.governance.review(report.period)}>
      <form className="inline-form" noValidate aria-label={`${t.governance.officeRating} ${report.period}`} onSubmit={onSubmit(rate)}>
        <FormMessage message={rating.formError} />
        <SelectField
          form={rating}
          name="confidence"
          label={t.governance.officeRating}
          placeholder={t.governance.notRated}
          options={CONFIDENCE_ORDER.map((c) => ({ value: c, label: t.governance.confidences[c] }))}
          required
        />
        <TextField form={rating} name="comment" label={t.governance.comment} />
        <button type="submit" className="small" disabled={rating.saving}>
          {t.governance.rate}
        </button>
      </form>
      <button type="button" className="small" disabled={!report.officeConfidence} onClick={() => void approve()}>
        {t.governance.approve} {report.period}
      </button>
      <form
        className="inline-form"
        noValidate
        aria-label={`${t.governance.returnReport} ${report.period}`}
        onSubmit={onSubmit(returnReport)}
      >
        <FormMessage message={back.formError} />
        <TextField form={back} name="reason" label={t.governance.returnReason} required />
        <button type="submit" className="small secondary" disabled={back.saving}>
          {t.governance.returnReport}
        </button>
      </form>
      <p role="status" className="meta">
        {message}
      </p>
    </div>
  );
}
