import { useCallback } from 'react';
import { ConfirmMeasurementDocument } from '../../generated/graphql';
import { FormMessage, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';

type Values = { reference: string; reason: string };

/**
 * The receiving organisation confirms a validated saving with its own reference; the programme office
 * confirms on its behalf and says why. Harvesting waits for this.
 */
export function ConfirmMeasurementForm({
  measurement,
  label,
  byReceiver,
  onSaved,
}: {
  measurement: { id: string; version: number };
  label: string;
  byReceiver: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const validate = useCallback(
    (v: Values): FieldErrors<Values> => ({
      ...(v.reference.trim().length < 3 && { reference: t.governance.referenceRequired }),
      ...(!byReceiver && !v.reason.trim() && { reason: t.governance.reasonRequired }),
    }),
    [t, byReceiver],
  );
  const form = useForm<Values>({ reference: '', reason: '' }, validate, formMessages(t));
  const confirm = () =>
    form.submit(async (v) => {
      await request(ConfirmMeasurementDocument, {
        id: measurement.id,
        version: measurement.version,
        reference: v.reference.trim(),
        reason: byReceiver ? null : v.reason.trim(),
      });
      onSaved();
    });
  return (
    <form className="row-form" noValidate aria-label={t.governance.confirmFor(label)} onSubmit={onSubmit(confirm)}>
      <FormMessage message={form.formError} />
      <TextField
        form={form}
        name="reference"
        label={t.governance.confirmationReference}
        hint={t.governance.confirmationReferenceHint}
        required
      />
      {!byReceiver && <TextField form={form} name="reason" label={t.governance.onBehalfReason} required />}
      <button type="submit" className="small" disabled={form.saving}>
        {t.governance.confirm}
      </button>
    </form>
  );
}
