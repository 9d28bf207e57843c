import { useCallback, useEffect, useState } from 'react';
import {
  CreateProjectDocument,
  ProjectPageDocument,
  ProjectPhaseValues,
  UpdateProjectDocument,
  type ProjectPageQuery,
} from '../../generated/graphql';
import { FormMessage, SelectField, TextAreaField, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, useForm, onSubmit } from '../../lib/use-form';
import { formMessages, PROJECT_CODE } from './form-messages';

type Details = {
  code: string;
  title: string;
  description: string;
  trackId: string;
  phase: string;
  plannedStart: string;
  plannedEnd: string;
  forecastEnd: string;
  actualStart: string;
  actualEnd: string;
};
type Project = ProjectPageQuery['project'];

const detailsOf = (p?: Project): Details => ({
  code: p?.code ?? '',
  title: p?.title ?? '',
  description: p?.description ?? '',
  trackId: p?.track?.id ?? '',
  phase: p?.phase ?? 'PROPOSED',
  plannedStart: p?.plannedStart ?? '',
  plannedEnd: p?.plannedEnd ?? '',
  forecastEnd: p?.forecastEnd ?? '',
  actualStart: p?.actualStart ?? '',
  actualEnd: p?.actualEnd ?? '',
});

/** Create or edit a project's own fields; on edit, a version conflict keeps the user's input. */
export function ProjectDetailsForm({
  programmeId,
  tracks,
  project,
  onSaved,
}: {
  programmeId: string;
  tracks: { id: string; name: string; archivedAt?: string | null }[];
  project?: Project;
  onSaved: (id: string) => void;
}) {
  const { t } = useI18n();
  const [version, setVersion] = useState(project?.version ?? 0);
  const validate = useCallback(
    (v: Details): FieldErrors<Details> => ({
      ...(!PROJECT_CODE.test(v.code) && { code: t.office.codeInvalid }),
      ...(v.title.trim().length < 3 && { title: t.office.titleTooShort }),
      ...(v.plannedStart && v.plannedEnd && v.plannedEnd < v.plannedStart && { plannedEnd: t.office.endBeforeStart }),
      ...(v.plannedStart && v.forecastEnd && v.forecastEnd < v.plannedStart && { forecastEnd: t.office.endBeforeStart }),
      ...(v.actualStart && v.actualEnd && v.actualEnd < v.actualStart && { actualEnd: t.office.endBeforeStart }),
    }),
    [t],
  );
  const form = useForm<Details>(detailsOf(project), validate, formMessages(t));
  const optional = (value: string) => value || null;
  // The page reloads after saves elsewhere; an untouched form follows the latest saved project.
  const { dirty, reset } = form;
  useEffect(() => {
    if (project && !dirty) {
      reset(detailsOf(project));
      setVersion(project.version);
    }
    // Deliberately keyed on the version alone: only a newly saved project resets the form.
  }, [project?.version]);
  const save = () =>
    form.submit(
      async (v) => {
        const fields = {
          code: v.code,
          title: v.title.trim(),
          description: v.description,
          trackId: optional(v.trackId),
          phase: v.phase as Project['phase'],
          plannedStart: optional(v.plannedStart),
          plannedEnd: optional(v.plannedEnd),
          forecastEnd: optional(v.forecastEnd),
          ...(project && { actualStart: optional(v.actualStart), actualEnd: optional(v.actualEnd) }),
        };
        if (project) {
          // Only what the user changed: after a conflict, someone else's other edits survive the re-save.
          const patch = Object.fromEntries(Object.entries(fields).filter(([k]) => form.changed.includes(k as keyof Details)));
          const { updateProject } = await request(UpdateProjectDocument, { input: { id: project.id, version, ...patch } });
          setVersion(updateProject.version);
          onSaved(updateProject.id);
        } else {
          const { createProject } = await request(CreateProjectDocument, { input: { programmeId, ...fields } });
          onSaved(createProject.id);
        }
      },
      project
        ? async () => {
            const latest = (await request(ProjectPageDocument, { id: project.id })).project;
            setVersion(latest.version);
            return detailsOf(latest);
          }
        : undefined,
    );
  const theirs = (value: unknown) => t.common.nowSaved(String(value || t.common.none));
  return (
    <form className="card form" aria-labelledby="details-title" noValidate onSubmit={onSubmit(save)}>
      <h2 id="details-title">{t.office.projectDetails}</h2>
      <FormMessage message={form.formError} />
      <div className="form-grid">
        <TextField form={form} name="code" label={t.office.code} hint={t.office.codeHint} required describeTheirs={theirs} />
        <TextField form={form} name="title" label={t.office.title} required describeTheirs={theirs} />
        <SelectField
          form={form}
          name="trackId"
          label={t.office.track}
          placeholder={t.office.noTrack}
          // An archived track is offered only to the projects already on it.
          options={tracks.filter((tr) => !tr.archivedAt || tr.id === project?.track?.id).map((tr) => ({ value: tr.id, label: tr.name }))}
          describeTheirs={theirs}
        />
        {project ? (
          <div className="field">
            <span className="label">{t.office.phase}</span>
            <p>
              <strong>{t.phases[project.phase]}</strong>
            </p>
            <p className="hint">{t.governance.phaseViaGate}</p>
          </div>
        ) : (
          <SelectField
            form={form}
            name="phase"
            label={t.office.phase}
            options={ProjectPhaseValues.map((p) => ({ value: p, label: t.phases[p] }))}
            describeTheirs={theirs}
          />
        )}
        <TextField form={form} name="plannedStart" type="date" label={t.office.plannedStart} describeTheirs={theirs} />
        <TextField form={form} name="plannedEnd" type="date" label={t.office.plannedEnd} describeTheirs={theirs} />
        <TextField form={form} name="forecastEnd" type="date" label={t.office.forecastEnd} describeTheirs={theirs} />
        {project && <TextField form={form} name="actualStart" type="date" label={t.governance.actualStart} describeTheirs={theirs} />}
        {project && <TextField form={form} name="actualEnd" type="date" label={t.governance.actualEnd} describeTheirs={theirs} />}
      </div>
      <TextAreaField form={form} name="description" label={t.office.description} describeTheirs={theirs} />
      <div className="form-actions">
        <button type="submit" disabled={form.saving}>
          {form.saving ? t.common.saving : project ? t.common.save : t.office.create}
        </button>
        {form.dirty && <span className="unsaved">{t.common.unsavedNotice}</span>}
      </div>
    </form>
  );
}
