import { useCallback } from 'react';
import { AddMilestoneDocument, ApproveBaselineDocument, type ProjectPageQuery } from '../../generated/graphql';
import { FormMessage, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, useForm, onSubmit } from '../../lib/use-form';
import { formMessages } from './form-messages';

type Milestone = { title: string; baselineDate: string; forecastDate: string };
const EMPTY: Milestone = { title: '', baselineDate: '', forecastDate: '' };

export function MilestonesEditor({ project, onSaved }: { project: ProjectPageQuery['project']; onSaved: () => void }) {
  const { t, format } = useI18n();
  const validate = useCallback(
    (v: Milestone): FieldErrors<Milestone> => ({
      ...(v.title.trim().length < 2 && { title: t.common.required }),
      ...(!v.baselineDate && { baselineDate: t.common.required }),
    }),
    [t],
  );
  const form = useForm<Milestone>(EMPTY, validate, formMessages(t));
  const add = async () => {
    await form.submitAndClear(
      async (v) => {
        await request(AddMilestoneDocument, {
          input: { projectId: project.id, title: v.title.trim(), baselineDate: v.baselineDate, forecastDate: v.forecastDate || null },
        });
      },
      EMPTY,
      onSaved,
    );
  };
  return (
    <section className="card" aria-labelledby="edit-milestones-title">
      <h2 id="edit-milestones-title">{t.office.milestones}</h2>
      <ul className="plain-list">
        {project.milestones.map((m) => (
          <li key={m.id}>
            {m.title}: {format.date(m.baselineDate)} → {format.date(m.forecastDate)}
          </li>
        ))}
      </ul>
      <form className="inline-form" noValidate aria-label={t.office.addMilestone} onSubmit={onSubmit(add)}>
        <FormMessage message={form.formError} />
        <TextField form={form} name="title" label={t.office.milestoneTitle} required />
        <TextField form={form} name="baselineDate" type="date" label={t.office.baselineDate} required />
        <TextField form={form} name="forecastDate" type="date" label={t.office.forecastDate} />
        <button type="submit" disabled={form.saving}>
          {t.office.addMilestone}
        </button>
      </form>
    </section>
  );
}

type Reason = { reason: string };

export function BaselineForm({ project, onSaved }: { project: ProjectPageQuery['project']; onSaved: () => void }) {
  const { t } = useI18n();
  const validate = useCallback((v: Reason): FieldErrors<Reason> => (v.reason.trim().length < 3 ? { reason: t.common.required } : {}), [t]);
  const form = useForm<Reason>({ reason: '' }, validate, formMessages(t));
  let approved = 0;
  const approve = async () => {
    const ok = await form.submit(async (v) => {
      approved = (await request(ApproveBaselineDocument, { projectId: project.id, reason: v.reason.trim() })).approveBaseline
        .baselineNumber;
    });
    if (ok) {
      form.reset({ reason: '' });
      onSaved();
    }
    return approved;
  };
  return (
    <form className="card form" noValidate aria-labelledby="approve-baseline-title" onSubmit={onSubmit(approve)}>
      <h2 id="approve-baseline-title">{t.office.approveBaseline}</h2>
      <p>{project.currentBaseline ? `${t.project.baselineNumber} ${project.currentBaseline.baselineNumber}` : t.project.noBaseline}</p>
      <FormMessage message={form.formError} />
      <TextField form={form} name="reason" label={t.office.baselineReason} required />
      <button type="submit" disabled={form.saving}>
        {t.office.approveBaseline}
      </button>
    </form>
  );
}
