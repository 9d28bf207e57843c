import { useCallback } from 'react';
import { CreateReportingRoundDocument } from '../../generated/graphql';
import { FormMessage, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';
import type { Messages } from '../../i18n/da';

export type RoundValues = { period: string; dueDate: string; reminderDaysBefore: string };

/** What is wrong with a round as typed (the settings page checks a round it changes by the same rules). */
export function roundProblems(v: RoundValues, t: Messages): FieldErrors<RoundValues> {
  return {
    ...(!/^\d{4}-H[12]$/.test(v.period) && { period: t.office.periodInvalid }),
    ...(!v.dueDate && { dueDate: t.common.required }),
    ...(!/^\d{1,2}$/.test(v.reminderDaysBefore) && { reminderDaysBefore: t.office.valueInvalid }),
  };
}

/** The programme office calls a new reporting round (a half-year, its due date, the reminder's lead time). */
export function NewReportingRoundForm({ programmeId, onCreated }: { programmeId: string; onCreated: () => void }) {
  const { t } = useI18n();
  const empty: RoundValues = { period: '', dueDate: '', reminderDaysBefore: '7' };
  const validate = useCallback((v: RoundValues) => roundProblems(v, t), [t]);
  const form = useForm<RoundValues>(empty, validate, formMessages(t));
  const create = () =>
    form.submitAndClear(
      async (v) => {
        await request(CreateReportingRoundDocument, {
          input: { programmeId, period: v.period, dueDate: v.dueDate, reminderDaysBefore: Number(v.reminderDaysBefore) },
        });
      },
      empty,
      onCreated,
    );
  return (
    <form className="subform" noValidate aria-label={t.governance.newRound} onSubmit={onSubmit(create)}>
      <FormMessage message={form.formError} />
      <div className="form-grid">
        <TextField form={form} name="period" label={t.governance.period} hint={t.office.periodHint} required />
        <TextField form={form} name="dueDate" type="date" label={t.governance.dueDate} required />
        <TextField
          form={form}
          name="reminderDaysBefore"
          label={t.governance.reminderDaysBefore}
          inputMode="numeric"
          hint={t.governance.reminderHint}
        />
      </div>
      <button type="submit" disabled={form.saving}>
        {t.governance.newRound}
      </button>
    </form>
  );
}
