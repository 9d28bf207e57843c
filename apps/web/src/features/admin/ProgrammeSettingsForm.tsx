import { useCallback, useState } from 'react';
import {
  AdminProgrammesDocument,
  CreateProgrammeDocument,
  TolerancePreviewDocument,
  UpdateProgrammeDocument,
  type OrganisationRegisterQuery,
  type TolerancePreviewQuery,
} from '../../generated/graphql';
import { FormMessage, SelectField, TextAreaField, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { refusalText } from '../../lib/refusal';
import { onSubmit, useForm } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';
import {
  flattenToleranceFields,
  GATE_PHASES,
  newProgrammeValues,
  programmeInput,
  TOLERANCE_FIELDS,
  tolerancesInput,
  validateProgramme,
  valuesOf,
  type ProgrammeSettings,
  type ProgrammeValues,
} from './programme-values';
import { TolerancePreviewPanel } from './TolerancePreviewPanel';

interface Props {
  /** The programme edited; none to create a new one. */
  programme?: ProgrammeSettings;
  organisations: OrganisationRegisterQuery['organisations'];
  onSaved: (id: string, message: string) => void;
}

/** Every setting of a programme, with the tolerances' effect previewed on the current lights. */
export function ProgrammeSettingsForm({ programme, organisations, onSaved }: Props) {
  const { t, format } = useI18n();
  const validate = useCallback((v: ProgrammeValues) => validateProgramme(v, t), [t]);
  const form = useForm<ProgrammeValues>(
    programme ? valuesOf(programme, format.number) : newProgrammeValues(format.number),
    validate,
    formMessages(t),
  );
  const [preview, setPreview] = useState<{ result: TolerancePreviewQuery['tolerancePreview']; for: string } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const tolerancesNow = JSON.stringify(TOLERANCE_FIELDS.map((f) => form.values[f]));
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: new Intl.DateTimeFormat(t.locale, { month: 'long' }).format(new Date(2026, i, 1)),
  }));

  const write = async (v: ProgrammeValues) => {
    try {
      if (programme) {
        const { updateProgramme } = await request(UpdateProgrammeDocument, {
          input: { id: programme.id, version: programme.version, ...programmeInput(v, t.locale, valuesOf(programme, format.number)) },
        });
        onSaved(updateProgramme.id, t.admin.saved);
      } else {
        const { createProgramme } = await request(CreateProgrammeDocument, { input: programmeInput(v, t.locale) });
        onSaved(createProgramme.id, t.admin.created(v.name.trim()));
      }
    } catch (error) {
      throw flattenToleranceFields(error);
    }
  };
  const latest = async () => {
    const { programmes } = await request(AdminProgrammesDocument, {});
    const current = programmes.find((p) => p.id === programme?.id);
    return current ? valuesOf(current, format.number) : form.values;
  };
  // A new programme empties the form for the next; an edit keeps its values (and shows a conflict's).
  const save = () =>
    programme ? form.submit(write, latest) : form.submitAndClear(write, newProgrammeValues(format.number), () => undefined);

  const showPreview = async () => {
    if (!programme) return;
    setPreviewError(null);
    if (TOLERANCE_FIELDS.some((f) => form.errorOf(f) !== undefined || validateProgramme(form.values, t)[f])) {
      setPreviewError(t.common.fixErrors(1));
      return;
    }
    try {
      const { tolerancePreview } = await request(TolerancePreviewDocument, {
        programmeId: programme.id,
        tolerances: tolerancesInput(form.values, t.locale),
      });
      setPreview({ result: tolerancePreview, for: tolerancesNow });
    } catch (error) {
      setPreviewError(refusalText(error, t.common.conflict));
    }
  };

  const idPrefix = programme ? 'edit' : 'new';
  return (
    <form onSubmit={onSubmit(save)} noValidate aria-labelledby={`${idPrefix}-programme-title`}>
      <h2 id={`${idPrefix}-programme-title`}>{programme ? t.admin.settings : t.admin.newProgramme}</h2>
      <FormMessage message={form.formError} />
      <div className="form-grid">
        <TextField form={form} name="name" label={t.admin.name} required />
        <TextField form={form} name="currency" label={t.admin.currency} hint={t.admin.currencyHint} required />
        <TextField form={form} name="periodStartYear" label={t.admin.periodStart} inputMode="numeric" required />
        <TextField form={form} name="periodEndYear" label={t.admin.periodEnd} inputMode="numeric" required />
        <SelectField form={form} name="fiscalYearStartMonth" label={t.admin.fiscalYearStart} options={months} required />
        <TextField form={form} name="fundingEnvelope" label={t.admin.envelope} inputMode="decimal" required />
        <TextField form={form} name="discountRate" label={t.admin.discountRate} hint={t.admin.rateHint} inputMode="decimal" required />
        <TextField form={form} name="fteAnnualCost" label={t.admin.fteCost} inputMode="decimal" required />
        <TextField form={form} name="hourlyRate" label={t.admin.hourlyRate} inputMode="decimal" required />
        <SelectField
          form={form}
          name="fundOrganisationId"
          label={t.admin.fundOrganisation}
          placeholder={t.admin.noFund}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
      </div>
      <fieldset>
        <legend>{t.admin.tolerances}</legend>
        <div className="form-grid">
          <TextField form={form} name="costAmberOverrunRate" label={t.admin.costAmber} inputMode="decimal" required />
          <TextField form={form} name="costRedOverrunRate" label={t.admin.costRed} inputMode="decimal" required />
          <TextField form={form} name="costRedOverrunAmount" label={t.admin.costRedAmount} inputMode="decimal" required />
          <TextField form={form} name="scheduleAmberDays" label={t.admin.scheduleAmber} inputMode="numeric" required />
          <TextField form={form} name="scheduleRedDays" label={t.admin.scheduleRed} inputMode="numeric" required />
          <TextField form={form} name="benefitGreenRate" label={t.admin.benefitGreen} inputMode="decimal" required />
          <TextField form={form} name="benefitAmberRate" label={t.admin.benefitAmber} inputMode="decimal" required />
          <TextField form={form} name="varianceThreshold" label={t.admin.varianceThreshold} inputMode="decimal" required />
        </div>
        {programme && (
          <button type="button" onClick={() => void showPreview()}>
            {t.admin.preview}
          </button>
        )}
        <FormMessage message={previewError} />
        {preview && <TolerancePreviewPanel preview={preview.result} stale={preview.for !== tolerancesNow} />}
      </fieldset>
      {programme && (
        <fieldset>
          <legend>{t.admin.gateChecklists}</legend>
          <p className="hint">{t.admin.gateChecklistsHint}</p>
          <div className="form-grid">
            {GATE_PHASES.map((phase) => (
              <TextAreaField key={phase} form={form} name={`gate${phase}`} label={t.admin.gateInto(t.phases[phase])} />
            ))}
          </div>
        </fieldset>
      )}
      <button type="submit" className="primary" disabled={form.saving}>
        {form.saving ? t.common.saving : programme ? t.common.save : t.admin.create}
      </button>
    </form>
  );
}
