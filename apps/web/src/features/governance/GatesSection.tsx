import { useCallback } from 'react';
import {
  DecideGateDocument,
  GateDecisionOutcomeValues,
  type GateDecisionOutcome,
  type ProjectPageQuery,
  type ProjectPhase,
} from '../../generated/graphql';
import { FormMessage, SelectField, TextAreaField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';
import { Evidence } from './Evidence';

type Project = ProjectPageQuery['project'];
type GateValues = { toPhase: string; decision: string; minutes: string; ticked: string[] };

/** The phase, the next gate's checklist as Tværs sees it, the programme office's decision form and the decisions so far. */
export function GatesSection({
  project,
  canDecide,
  canAttach,
  onSaved,
}: {
  project: Project;
  canDecide: boolean;
  canAttach: boolean;
  onSaved: () => void;
}) {
  const { t, format } = useI18n();
  const itemLabel = (item: string) => t.governance.checkItems[item] ?? item;
  return (
    <section className="card" aria-labelledby="gates-title" id="gates">
      <h2 id="gates-title">{t.governance.gates}</h2>
      <p>{t.governance.currentPhase(t.phases[project.phase])}</p>
      {project.nextGates.length === 0 ? (
        <p>{t.governance.noGates}</p>
      ) : (
        project.nextGates
          .filter((g) => g.toPhase !== 'CANCELLED')
          .map((gate) => (
            <div key={gate.toPhase}>
              <h3>
                {t.governance.checklist}: {t.phases[gate.toPhase]}
              </h3>
              <ul className="checklist">
                {gate.checklist.map((c) => (
                  <li key={c.item}>
                    <span aria-hidden="true">{c.met === true ? '✔' : c.met === false ? '✘' : '☐'}</span> {itemLabel(c.item)}
                    {c.automatic ? ` (${t.governance.automatic}: ${c.met ? t.governance.met : t.governance.notMet})` : ''}
                  </li>
                ))}
              </ul>
            </div>
          ))
      )}
      {canDecide && project.nextGates.length > 0 && <DecideGateForm project={project} onSaved={onSaved} />}
      <h3>{t.governance.gateHistory}</h3>
      {project.gateDecisions.length === 0 ? (
        <p>{t.governance.noDecisions}</p>
      ) : (
        <ul className="decisions">
          {project.gateDecisions.map((d) => (
            <li key={d.id}>
              <strong>
                {t.phases[d.fromPhase]} → {t.phases[d.toPhase]}: {t.governance.decisions[d.decision]}
              </strong>{' '}
              <span className="meta">{t.governance.decidedBy(d.decidedBy?.name ?? t.common.none, format.dateTime(d.decidedAt))}</span>
              <p>{d.minutes}</p>
              {d.checklist.length > 0 && (
                <p className="meta">{d.checklist.map((c) => `${c.met ? '✔' : '✘'} ${itemLabel(c.item)}`).join(' · ')}</p>
              )}
              <Evidence
                kind="GATE_DECISION"
                recordId={d.id}
                label={`${t.phases[d.fromPhase]} → ${t.phases[d.toPhase]}`}
                files={d.attachments}
                canUpload={canAttach}
                onUploaded={onSaved}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DecideGateForm({ project, onSaved }: { project: Project; onSaved: () => void }) {
  const { t } = useI18n();
  const empty: GateValues = { toPhase: project.nextGates[0]!.toPhase, decision: 'APPROVED', minutes: '', ticked: [] };
  const validate = useCallback(
    (v: GateValues): FieldErrors<GateValues> => (v.minutes.trim().length < 10 ? { minutes: t.governance.minutesTooShort } : {}),
    [t],
  );
  const form = useForm<GateValues>(empty, validate, formMessages(t));
  const gate = project.nextGates.find((g) => g.toPhase === form.values.toPhase) ?? project.nextGates[0]!;
  const manual = gate.checklist.filter((c) => !c.automatic);
  const decide = () =>
    form.submitAndClear(
      async (v) => {
        await request(DecideGateDocument, {
          input: {
            projectId: project.id,
            toPhase: v.toPhase as ProjectPhase,
            decision: v.decision as GateDecisionOutcome,
            minutes: v.minutes.trim(),
            checklist: manual.map((c) => ({ item: c.item, met: v.ticked.includes(c.item) })),
          },
        });
      },
      empty,
      onSaved,
    );
  return (
    <form className="subform" noValidate aria-labelledby="decide-title" onSubmit={onSubmit(decide)}>
      <h3 id="decide-title">{t.governance.decide}</h3>
      <FormMessage message={form.formError} />
      <div className="form-grid">
        <SelectField
          form={form}
          name="toPhase"
          label={t.governance.toPhase}
          options={project.nextGates.map((g) => ({ value: g.toPhase, label: t.phases[g.toPhase] }))}
        />
        <SelectField
          form={form}
          name="decision"
          label={t.governance.decision}
          options={GateDecisionOutcomeValues.map((d) => ({ value: d, label: t.governance.decisions[d] }))}
        />
      </div>
      {manual.length > 0 && (
        <fieldset className="field checkboxes">
          <legend>{t.governance.checklist}</legend>
          {manual.map((c) => (
            <label key={c.item} className="checkbox">
              <input
                type="checkbox"
                checked={form.values.ticked.includes(c.item)}
                onChange={(e) =>
                  form.set('ticked', e.target.checked ? [...form.values.ticked, c.item] : form.values.ticked.filter((i) => i !== c.item))
                }
              />
              {t.governance.checkItems[c.item] ?? c.item}
            </label>
          ))}
        </fieldset>
      )}
      <TextAreaField form={form} name="minutes" label={t.governance.minutes} hint={t.governance.minutesHint} required />
      <button type="submit" disabled={form.saving}>
        {t.governance.decide}
      </button>
    </form>
  );
}
