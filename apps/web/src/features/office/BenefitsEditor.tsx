import { useCallback, useState } from 'react';
import { TableScroll } from '../../components/TableScroll';
import {
  AddBenefitDocument,
  BenefitKindValues,
  BenefitUnitValues,
  HarvestMeasurementDocument,
  RecordMeasurementDocument,
  UpdateBenefitDocument,
  ValidateMeasurementDocument,
  type BenefitKind,
  type BenefitUnit,
  type ProjectPageQuery,
} from '../../generated/graphql';
import { FormMessage, SelectField, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { GraphqlError, request } from '../../lib/graphql';
import { type FieldErrors, type FormValues, parseDecimal, useForm, onSubmit } from '../../lib/use-form';
import { formMessages } from './form-messages';
import { Evidence } from '../governance/Evidence';
import { ConfirmMeasurementForm } from '../governance/ConfirmMeasurementForm';
import { roleIn, useSession } from '../../lib/session';

type Project = ProjectPageQuery['project'];
type Benefit = Project['benefits'][number];

export function BenefitsEditor({ project, onSaved }: { project: Project; onSaved: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="edit-benefits-title">
      <h2 id="edit-benefits-title">{t.office.benefits}</h2>
      {project.benefits.map((b) => (
        <BenefitMeasurements key={b.id} benefit={b} project={project} onSaved={onSaved} />
      ))}
      <AddBenefitForm project={project} onSaved={onSaved} />
    </section>
  );
}

function AddBenefitForm({ project, onSaved }: { project: Project; onSaved: () => void }) {
  const { t } = useI18n();
  const years = Array.from(
    { length: project.programme.periodEndYear + 2 - project.programme.periodStartYear + 1 },
    (_, i) => project.programme.periodStartYear + i,
  );
  const empty: FormValues = {
    title: '',
    kind: 'CASH_RELEASING',
    unit: 'CURRENCY',
    receiverId: '',
    owner: '',
    process: '',
    perAdopter: '',
    ...Object.fromEntries(years.map((y) => [`target${y}`, ''])),
  };
  const validate = useCallback(
    (v: FormValues): FieldErrors<FormValues> => ({
      ...(String(v['title']).trim().length < 3 && { title: t.office.titleTooShort }),
      ...(!v['receiverId'] && { receiverId: t.common.required }),
      ...(String(v['perAdopter']).trim() &&
        parseDecimal(String(v['perAdopter']), t.locale) === null && { perAdopter: t.office.valueInvalid }),
      ...Object.fromEntries(
        years
          .filter((y) => String(v[`target${y}`]).trim() && parseDecimal(String(v[`target${y}`]), t.locale) === null)
          .map((y) => [`target${y}`, t.office.valueInvalid]),
      ),
    }),
    [t, years.join()],
  );
  const form = useForm<FormValues>(empty, validate, formMessages(t));
  const add = async () => {
    await form.submitAndClear(
      async (v) => {
        const targets = years
          .filter((y) => String(v[`target${y}`]).trim())
          .map((y) => ({ fiscalYear: y, value: parseDecimal(String(v[`target${y}`]), t.locale)! }));
        await request(AddBenefitDocument, {
          input: {
            projectId: project.id,
            title: String(v['title']).trim(),
            kind: v['kind'] as BenefitKind,
            unit: v['unit'] as BenefitUnit,
            receiverId: String(v['receiverId']),
            owner: String(v['owner']) || undefined,
            process: String(v['process']).trim() || null,
            perAdopter: String(v['perAdopter']).trim() ? parseDecimal(String(v['perAdopter']), t.locale) : null,
            targets,
          },
        });
      },
      empty,
      onSaved,
    );
  };
  return (
    <form className="subform" noValidate aria-labelledby="add-benefit-title" onSubmit={onSubmit(add)}>
      <h3 id="add-benefit-title">{t.office.addBenefit}</h3>
      <FormMessage message={form.formError} />
      <div className="form-grid">
        <TextField form={form} name="title" label={t.office.benefitTitle} required />
        <SelectField
          form={form}
          name="kind"
          label={t.office.kind}
          options={BenefitKindValues.map((k) => ({ value: k, label: t.benefitKinds[k] }))}
        />
        <SelectField
          form={form}
          name="unit"
          label={t.office.unit}
          options={BenefitUnitValues.map((u) => ({ value: u, label: t.units[u] }))}
        />
        <SelectField
          form={form}
          name="receiverId"
          label={t.office.receiver}
          placeholder={t.office.chooseOrganisation}
          required
          options={project.participations.map((p) => ({ value: p.organisation.id, label: p.organisation.name }))}
        />
        <TextField form={form} name="owner" label={t.office.owner} />
        <TextField form={form} name="process" label={t.governance.process} hint={t.governance.processHint} />
        <TextField form={form} name="perAdopter" label={t.realisation.perAdopter} hint={t.realisation.perAdopterHint} inputMode="decimal" />
      </div>
      <fieldset className="targets">
        <legend>{t.office.targets}</legend>
        <div className="form-grid">
          {years.map((y) => (
            <TextField key={y} form={form} name={`target${y}`} label={`${t.office.targetValue} ${y}`} inputMode="decimal" />
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={form.saving}>
        {t.office.addBenefit}
      </button>
    </form>
  );
}

function BenefitMeasurements({ benefit, project, onSaved }: { benefit: Benefit; project: Project; onSaved: () => void }) {
  const { t, format } = useI18n();
  const [actionError, setActionError] = useState<string | null>(null);
  const prefix = `m-${benefit.id.slice(0, 8)}`;
  const years = benefit.targets.map((x) => x.fiscalYear);
  const open = years.filter((y) => !benefit.measurements.some((m) => m.fiscalYear === y));
  const empty: FormValues = { fiscalYear: String(open[0] ?? years[0] ?? project.programme.periodStartYear), value: '', evidence: '' };
  const validate = useCallback(
    (v: FormValues): FieldErrors<FormValues> =>
      parseDecimal(String(v['value']), t.locale) === null ? { value: t.office.valueInvalid } : {},
    [t],
  );
  const form = useForm<FormValues>(empty, validate, formMessages(t));
  const record = async () => {
    await form.submitAndClear(
      async (v) => {
        await request(RecordMeasurementDocument, {
          input: {
            benefitId: benefit.id,
            fiscalYear: Number(v['fiscalYear']),
            value: parseDecimal(String(v['value']), t.locale)!,
            evidence: String(v['evidence']) || undefined,
          },
        });
      },
      empty,
      onSaved,
    );
  };
  const act = async (action: 'validate' | 'harvest', id: string, version: number) => {
    setActionError(null);
    try {
      if (action === 'validate') await request(ValidateMeasurementDocument, { id, version });
      else await request(HarvestMeasurementDocument, { id, version });
      onSaved();
    } catch (error) {
      setActionError(error instanceof GraphqlError ? (error.code === 'CONFLICT' ? t.common.conflict : error.message) : String(error));
    }
  };
  const shown = (value: string) =>
    benefit.unit === 'CURRENCY' ? format.money(value, project.programme.currency) : format.number(value, 2);
  // The receiving organisation confirms a validated saving; the programme office may on its behalf.
  const session = useSession();
  const role = roleIn(session, project.programme.id);
  const isReceiver =
    role === 'PARTNER' &&
    session?.user.memberships?.find((x) => x.programmeId === project.programme.id)?.organisationId === benefit.receiver.id;
  const canConfirmForReceiver = role === 'ADMIN' || role === 'PROGRAMME_OFFICE';
  const canHarvest = canConfirmForReceiver;
  return (
    <div className="benefit" data-benefit={benefit.title}>
      <h3>{benefit.title}</h3>
      <p className="meta">
        {t.benefitKinds[benefit.kind]} · {t.units[benefit.unit]} · {benefit.receiver.name}
      </p>
      <FormMessage message={actionError} />
      <TableScroll label={benefit.title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.office.fiscalYear}</th>
              <th scope="col" className="num">
                {t.project.target}
              </th>
              <th scope="col" className="num">
                {t.governance.forecast}
              </th>
              <th scope="col" className="num">
                {t.project.measured}
              </th>
              <th scope="col">{t.project.status}</th>
              <th scope="col">
                <span className="visually-hidden">{t.project.status}</span>
              </th>
              <th scope="col">{t.governance.evidence}</th>
            </tr>
          </thead>
          <tbody>
            {[...new Set([...years, ...benefit.measurements.map((m) => m.fiscalYear)])].sort().map((y) => {
              const target = benefit.targets.find((x) => x.fiscalYear === y);
              const m = benefit.measurements.find((x) => x.fiscalYear === y);
              const forecast = benefit.forecasts.find((x) => x.fiscalYear === y);
              return (
                <tr key={y}>
                  <th scope="row">{y}</th>
                  <td className="num">{target ? shown(target.value) : t.common.none}</td>
                  <td className="num">{forecast ? shown(forecast.value) : t.common.none}</td>
                  <td className="num">{m ? shown(m.value) : t.common.none}</td>
                  <td>{m ? t.measurementStatus[m.status] : t.project.noMeasurement}</td>
                  <td>
                    {m?.status === 'REPORTED' && (
                      <button
                        type="button"
                        className="small"
                        onClick={() => void act('validate', m.id, m.version)}
                        aria-label={`${t.office.validate}: ${benefit.title} ${y}`}
                      >
                        {t.office.validate}
                      </button>
                    )}
                    {m?.confirmedAt && (
                      <p className="meta">
                        {t.governance.confirmedBy(
                          format.date(m.confirmedAt.slice(0, 10)),
                          m.confirmedBy?.name ?? t.common.none,
                          m.confirmationReference,
                        )}
                      </p>
                    )}
                    {m?.status === 'VALIDATED' && m.confirmedAt && canHarvest && (
                      <button
                        type="button"
                        className="small"
                        onClick={() => void act('harvest', m.id, m.version)}
                        aria-label={`${t.office.harvest}: ${benefit.title} ${y}`}
                      >
                        {t.office.harvest}
                      </button>
                    )}
                    {m?.status === 'VALIDATED' && !m.confirmedAt && (canConfirmForReceiver || isReceiver) && (
                      <ConfirmMeasurementForm measurement={m} label={`${benefit.title} ${y}`} byReceiver={isReceiver} onSaved={onSaved} />
                    )}
                    {m?.status === 'VALIDATED' && !m.confirmedAt && !canConfirmForReceiver && !isReceiver && (
                      <p className="meta">{t.governance.awaitingConfirmation}</p>
                    )}
                  </td>
                  <td>
                    {m && (
                      <Evidence
                        kind="MEASUREMENT"
                        recordId={m.id}
                        label={`${benefit.title} ${y}`}
                        files={m.attachments}
                        canUpload
                        onUploaded={onSaved}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <form className="inline-form" noValidate aria-label={`${t.office.recordMeasurement}: ${benefit.title}`} onSubmit={onSubmit(record)}>
        <FormMessage message={form.formError} />
        <div className="field">
          <label htmlFor={`${prefix}-year`}>{t.office.fiscalYear}</label>
          <select id={`${prefix}-year`} value={String(form.values['fiscalYear'])} onChange={(e) => form.set('fiscalYear', e.target.value)}>
            {(years.length ? years : [project.programme.periodStartYear]).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${form.errorOf('value') ? ' has-error' : ''}`}>
          <label htmlFor={`${prefix}-value`}>{t.office.value}</label>
          <input
            id={`${prefix}-value`}
            inputMode="decimal"
            value={String(form.values['value'])}
            aria-invalid={form.errorOf('value') ? true : undefined}
            aria-describedby={form.errorOf('value') ? `${prefix}-value-error` : undefined}
            onChange={(e) => form.set('value', e.target.value)}
          />
          {form.errorOf('value') && (
            <p className="field-error" id={`${prefix}-value-error`}>
              {form.errorOf('value')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-evidence`}>{t.office.evidence}</label>
          <input id={`${prefix}-evidence`} value={String(form.values['evidence'])} onChange={(e) => form.set('evidence', e.target.value)} />
        </div>
        <button type="submit" disabled={form.saving}>
          {t.office.recordMeasurement}
        </button>
      </form>
      <ForecastForm benefit={benefit} onSaved={onSaved} />
    </div>
  );
}

/** The benefit owner's current expectation per fiscal year; saving replaces the forecasts. */
function ForecastForm({ benefit, onSaved }: { benefit: Benefit; onSaved: () => void }) {
  const { t } = useI18n();
  const years = [...new Set([...benefit.targets.map((x) => x.fiscalYear), ...benefit.forecasts.map((x) => x.fiscalYear)])].sort();
  const initial: FormValues = Object.fromEntries(
    years.map((y) => [`forecast${y}`, benefit.forecasts.find((f) => f.fiscalYear === y)?.value ?? '']),
  );
  const validate = useCallback(
    (v: FormValues): FieldErrors<FormValues> =>
      Object.fromEntries(
        years
          .filter((y) => String(v[`forecast${y}`]).trim() && parseDecimal(String(v[`forecast${y}`]), t.locale) === null)
          .map((y) => [`forecast${y}`, t.office.valueInvalid]),
      ),
    [t, years.join()],
  );
  const form = useForm<FormValues>(initial, validate, formMessages(t));
  if (years.length === 0) return null;
  const save = () =>
    form.submit(async (v) => {
      const forecasts = years
        .filter((y) => String(v[`forecast${y}`]).trim())
        .map((y) => ({ fiscalYear: y, value: parseDecimal(String(v[`forecast${y}`]), t.locale)! }));
      await request(UpdateBenefitDocument, { input: { id: benefit.id, version: benefit.version, forecasts } });
      onSaved();
    });
  return (
    <form className="inline-form" noValidate aria-label={`${t.governance.forecast}: ${benefit.title}`} onSubmit={onSubmit(save)}>
      <FormMessage message={form.formError} />
      {years.map((y) => (
        <TextField key={y} form={form} name={`forecast${y}`} label={`${t.governance.forecast} ${y}`} inputMode="decimal" />
      ))}
      <button type="submit" disabled={form.saving || !form.dirty}>
        {t.governance.saveForecast}
      </button>
    </form>
  );
}
