import { useCallback } from 'react';
import {
  AddAdoptionDocument,
  type AdoptionState,
  AdoptionStateValues,
  type OrganisationsQuery,
  type ProjectPageQuery,
  UpdateAdoptionDocument,
} from '../../generated/graphql';
import { FormMessage, SelectField, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, useForm, onSubmit } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';

type Project = ProjectPageQuery['project'];
type Adoption = Project['adoptions'][number];
type AdoptionValues = { state: string; plannedLiveDate: string; liveDate: string };
type NewAdoption = { organisationId: string; plannedLiveDate: string };

/** The organisations the project targets: state, planned and actual go-live date (drives adoption-driven benefits). */
export function AdoptionEditor({
  project,
  organisations,
  onSaved,
}: {
  project: Project;
  organisations: OrganisationsQuery['organisations'];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const targeted = new Set(project.adoptions.map((a) => a.organisation.id));
  return (
    <section className="card" aria-labelledby="edit-adoption-title">
      <h2 id="edit-adoption-title">{t.dashboard.adoption}</h2>
      {project.adoptions.map((a) => (
        <AdoptionRow key={`${a.id}-${a.version}`} adoption={a} onSaved={onSaved} />
      ))}
      <AddAdoptionForm projectId={project.id} organisations={organisations.filter((o) => !targeted.has(o.id))} onSaved={onSaved} />
    </section>
  );
}

function AdoptionRow({ adoption, onSaved }: { adoption: Adoption; onSaved: () => void }) {
  const { t } = useI18n();
  const initial: AdoptionValues = {
    state: adoption.state,
    plannedLiveDate: adoption.plannedLiveDate ?? '',
    liveDate: adoption.liveDate ?? '',
  };
  const validate = useCallback(
    (v: AdoptionValues): FieldErrors<AdoptionValues> => (v.state === 'LIVE' && !v.liveDate ? { liveDate: t.common.required } : {}),
    [t],
  );
  const form = useForm<AdoptionValues>(initial, validate, formMessages(t));
  const save = () =>
    form.submit(async (v) => {
      await request(UpdateAdoptionDocument, {
        input: {
          id: adoption.id,
          version: adoption.version,
          state: v.state as AdoptionState,
          liveDate: v.state === 'LIVE' ? v.liveDate : null,
          plannedLiveDate: v.plannedLiveDate || null,
        },
      });
      onSaved();
    });
  return (
    <form
      className="inline-form"
      noValidate
      aria-label={`${t.dashboard.adoption}: ${adoption.organisation.name}`}
      onSubmit={onSubmit(save)}
    >
      <strong>{adoption.organisation.name}</strong>
      <FormMessage message={form.formError} />
      <SelectField
        form={form}
        name="state"
        label={t.project.status}
        options={AdoptionStateValues.map((s) => ({ value: s, label: t.adoptionStates[s] }))}
      />
      <TextField form={form} name="plannedLiveDate" type="date" label={t.realisation.plannedLive} />
      {form.values.state === 'LIVE' && <TextField form={form} name="liveDate" type="date" label={t.realisation.wentLive} required />}
      <button type="submit" disabled={form.saving || !form.dirty}>
        {t.common.save}
        <span className="visually-hidden"> {adoption.organisation.name}</span>
      </button>
    </form>
  );
}

function AddAdoptionForm({
  projectId,
  organisations,
  onSaved,
}: {
  projectId: string;
  organisations: OrganisationsQuery['organisations'];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const empty: NewAdoption = { organisationId: '', plannedLiveDate: '' };
  const validate = useCallback(
    (v: NewAdoption): FieldErrors<NewAdoption> => (!v.organisationId ? { organisationId: t.common.required } : {}),
    [t],
  );
  const form = useForm<NewAdoption>(empty, validate, formMessages(t));
  const add = () =>
    form.submitAndClear(
      async (v) => {
        await request(AddAdoptionDocument, {
          input: { projectId, organisationId: v.organisationId, state: 'NOT_STARTED', plannedLiveDate: v.plannedLiveDate || null },
        });
      },
      empty,
      onSaved,
    );
  return (
    <form className="inline-form" noValidate aria-label={t.realisation.addAdopter} onSubmit={onSubmit(add)}>
      <FormMessage message={form.formError} />
      <SelectField
        form={form}
        name="organisationId"
        label={t.realisation.organisation}
        placeholder={t.office.chooseOrganisation}
        required
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField form={form} name="plannedLiveDate" type="date" label={t.realisation.plannedLive} />
      <button type="submit" disabled={form.saving}>
        {t.realisation.addAdopter}
      </button>
    </form>
  );
}
