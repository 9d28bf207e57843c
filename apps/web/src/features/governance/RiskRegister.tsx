import { useCallback, useState } from 'react';
import {
  AddProjectIssueDocument,
  AddRiskDocument,
  IssueSeverityValues,
  IssueStatusValues,
  type IssueSeverity,
  type IssueStatus,
  type ProjectPageQuery,
  RiskCategoryValues,
  RiskStatusValues,
  type RiskCategory,
  type RiskStatus,
  UpdateProjectIssueDocument,
  UpdateRiskDocument,
} from '../../generated/graphql';
import { FormMessage, SelectField, TextAreaField, TextField } from '../../components/Field';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { GraphqlError, request } from '../../lib/graphql';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';
import { RiskCells, RiskHeaderCells } from './RiskCells';

type Project = ProjectPageQuery['project'];
const SCALE = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));

type RiskValues = {
  title: string;
  category: string;
  probability: string;
  impact: string;
  residualProbability: string;
  residualImpact: string;
  owner: string;
  mitigation: string;
  reviewDate: string;
  proximity: string;
  description: string;
};
const EMPTY_RISK: RiskValues = {
  title: '',
  category: 'TECHNICAL',
  probability: '3',
  impact: '3',
  residualProbability: '',
  residualImpact: '',
  owner: '',
  mitigation: '',
  reviewDate: '',
  proximity: '',
  description: '',
};

type IssueValues = { title: string; severity: string; owner: string; dueDate: string; description: string };
const EMPTY_ISSUE: IssueValues = { title: '', severity: 'MEDIUM', owner: '', dueDate: '', description: '' };

/** The project's risk register and issue log; those who may edit the project add and update them. */
export function RiskRegister({ project, canEdit, onSaved }: { project: Project; canEdit: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="risks-title" id="risks">
      <h2 id="risks-title">{t.governance.riskRegister}</h2>
      <RiskTable project={project} canEdit={canEdit} onSaved={onSaved} />
      {canEdit && <AddRiskForm projectId={project.id} onSaved={onSaved} />}
      <h3 id="issues-title">{t.governance.issueLog}</h3>
      <IssueTable project={project} canEdit={canEdit} onSaved={onSaved} />
      {canEdit && <AddIssueForm projectId={project.id} onSaved={onSaved} />}
    </section>
  );
}

function useRowSaver(onSaved: () => void) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  const save = async (action: () => Promise<unknown>) => {
    setMessage(null);
    try {
      await action();
      setMessage(t.governance.statusSaved);
      onSaved();
    } catch (error) {
      setMessage(error instanceof GraphqlError ? (error.fields[0]?.reason ?? error.message) : String(error));
    }
  };
  return { message, save };
}

function RiskTable({ project, canEdit, onSaved }: { project: Project; canEdit: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const { message, save } = useRowSaver(onSaved);
  if (project.risks.length === 0) return <p>{t.governance.noRisks}</p>;
  return (
    <>
      <TableScroll label={t.governance.riskRegister}>
        <table>
          <thead>
            <tr>
              <RiskHeaderCells />
              <th scope="col">{t.governance.status}</th>
            </tr>
          </thead>
          <tbody>
            {project.risks.map((r) => (
              <tr key={r.id}>
                <RiskCells risk={r} />
                <td>
                  {canEdit ? (
                    <select
                      aria-label={t.governance.changeStatus(r.title)}
                      value={r.status}
                      onChange={(e) =>
                        void save(() =>
                          request(UpdateRiskDocument, { input: { id: r.id, version: r.version, status: e.target.value as RiskStatus } }),
                        )
                      }
                    >
                      {RiskStatusValues.map((s) => (
                        <option key={s} value={s}>
                          {t.governance.riskStatuses[s]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t.governance.riskStatuses[r.status]
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p role="status" className="meta">
        {message}
      </p>
    </>
  );
}

function AddRiskForm({ projectId, onSaved }: { projectId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const validate = useCallback(
    (v: RiskValues): FieldErrors<RiskValues> => ({
      ...(v.title.trim().length < 3 && { title: t.office.titleTooShort }),
      ...(!v.residualProbability !== !v.residualImpact && {
        [v.residualProbability ? 'residualImpact' : 'residualProbability']: t.governance.bothResidual,
      }),
    }),
    [t],
  );
  const form = useForm<RiskValues>(EMPTY_RISK, validate, formMessages(t));
  const add = () =>
    form.submitAndClear(
      async (v) => {
        await request(AddRiskDocument, {
          input: {
            projectId,
            title: v.title.trim(),
            description: v.description,
            category: v.category as RiskCategory,
            probability: Number(v.probability),
            impact: Number(v.impact),
            residualProbability: v.residualProbability ? Number(v.residualProbability) : null,
            residualImpact: v.residualImpact ? Number(v.residualImpact) : null,
            owner: v.owner.trim(),
            mitigation: v.mitigation,
            reviewDate: v.reviewDate || null,
            proximity: v.proximity || null,
          },
        });
      },
      EMPTY_RISK,
      onSaved,
    );
  return (
    <form className="subform" noValidate aria-label={t.governance.addRisk} onSubmit={onSubmit(add)}>
      <FormMessage message={form.formError} />
      <div className="form-grid">
        <TextField form={form} name="title" label={t.governance.title} required />
        <SelectField
          form={form}
          name="category"
          label={t.governance.category}
          options={RiskCategoryValues.map((c) => ({ value: c, label: t.governance.riskCategories[c] }))}
        />
        <SelectField form={form} name="probability" label={t.governance.probability} hint={t.governance.scaleHint} options={SCALE} />
        <SelectField form={form} name="impact" label={t.governance.impact} hint={t.governance.scaleHint} options={SCALE} />
        <SelectField
          form={form}
          name="residualProbability"
          label={t.governance.residualProbability}
          placeholder={t.common.none}
          options={SCALE}
        />
        <SelectField form={form} name="residualImpact" label={t.governance.residualImpact} placeholder={t.common.none} options={SCALE} />
        <TextField form={form} name="owner" label={t.governance.owner} />
        <TextField form={form} name="reviewDate" type="date" label={t.governance.reviewDate} />
        <TextField form={form} name="proximity" type="date" label={t.governance.proximity} />
      </div>
      <TextAreaField form={form} name="mitigation" label={t.governance.mitigation} />
      <button type="submit" disabled={form.saving}>
        {t.governance.addRisk}
      </button>
    </form>
  );
}

function IssueTable({ project, canEdit, onSaved }: { project: Project; canEdit: boolean; onSaved: () => void }) {
  const { t, format } = useI18n();
  if (project.issues.length === 0) return <p>{t.governance.noIssues}</p>;
  return (
    <TableScroll label={t.governance.issueLog}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.governance.title}</th>
            <th scope="col">{t.governance.severity}</th>
            <th scope="col">{t.governance.owner}</th>
            <th scope="col">{t.governance.dueDate}</th>
            <th scope="col">{t.governance.status}</th>
          </tr>
        </thead>
        <tbody>
          {project.issues.map((i) => (
            <tr key={i.id}>
              <td>
                {i.title}
                {i.resolution && (
                  <p className="meta">
                    {t.governance.resolution}: {i.resolution}
                  </p>
                )}
              </td>
              <td>{t.governance.issueSeverities[i.severity]}</td>
              <td>{i.owner || t.common.none}</td>
              <td>{format.date(i.dueDate)}</td>
              <td>{canEdit ? <IssueStatusForm issue={i} onSaved={onSaved} /> : t.governance.issueStatuses[i.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type IssueStatusValues = { status: string; resolution: string };

function IssueStatusForm({ issue, onSaved }: { issue: Project['issues'][number]; onSaved: () => void }) {
  const { t } = useI18n();
  const validate = useCallback(
    (v: IssueStatusValues): FieldErrors<IssueStatusValues> =>
      v.status === 'RESOLVED' && !v.resolution.trim() ? { resolution: t.governance.resolutionRequired } : {},
    [t],
  );
  const form = useForm<IssueStatusValues>({ status: issue.status, resolution: issue.resolution }, validate, formMessages(t));
  const save = () =>
    form.submit(async (v) => {
      await request(UpdateProjectIssueDocument, {
        input: { id: issue.id, version: issue.version, status: v.status as IssueStatus, resolution: v.resolution },
      });
      onSaved();
    });
  return (
    <form className="row-form" noValidate aria-label={t.governance.changeStatus(issue.title)} onSubmit={onSubmit(save)}>
      <FormMessage message={form.formError} />
      <SelectField
        form={form}
        name="status"
        label={t.governance.status}
        options={IssueStatusValues.map((s) => ({ value: s, label: t.governance.issueStatuses[s] }))}
      />
      {form.values.status === 'RESOLVED' && <TextField form={form} name="resolution" label={t.governance.resolution} required />}
      <button type="submit" className="small" disabled={form.saving || !form.dirty}>
        {t.common.save}
      </button>
    </form>
  );
}

function AddIssueForm({ projectId, onSaved }: { projectId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const validate = useCallback(
    (v: IssueValues): FieldErrors<IssueValues> => (v.title.trim().length < 3 ? { title: t.office.titleTooShort } : {}),
    [t],
  );
  const form = useForm<IssueValues>(EMPTY_ISSUE, validate, formMessages(t));
  const add = () =>
    form.submitAndClear(
      async (v) => {
        await request(AddProjectIssueDocument, {
          input: {
            projectId,
            title: v.title.trim(),
            description: v.description,
            severity: v.severity as IssueSeverity,
            owner: v.owner.trim(),
            dueDate: v.dueDate || null,
          },
        });
      },
      EMPTY_ISSUE,
      onSaved,
    );
  return (
    <form className="subform" noValidate aria-label={t.governance.addIssue} onSubmit={onSubmit(add)}>
      <FormMessage message={form.formError} />
      <div className="form-grid">
        <TextField form={form} name="title" label={t.governance.title} required />
        <SelectField
          form={form}
          name="severity"
          label={t.governance.severity}
          options={IssueSeverityValues.map((s) => ({ value: s, label: t.governance.issueSeverities[s] }))}
        />
        <TextField form={form} name="owner" label={t.governance.owner} />
        <TextField form={form} name="dueDate" type="date" label={t.governance.dueDate} />
      </div>
      <TextAreaField form={form} name="description" label={t.governance.description} />
      <button type="submit" disabled={form.saving}>
        {t.governance.addIssue}
      </button>
    </form>
  );
}
