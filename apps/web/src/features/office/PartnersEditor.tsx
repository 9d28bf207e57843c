import { useCallback, useState } from 'react';
import { TableScroll } from '../../components/TableScroll';
import {
  AddParticipationDocument,
  ParticipationRoleValues,
  RemoveParticipationDocument,
  type OrganisationsQuery,
  type ParticipationRole,
  type ProjectPageQuery,
} from '../../generated/graphql';
import { CheckboxGroup, FormMessage, SelectField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { GraphqlError, request } from '../../lib/graphql';
import { type FieldErrors, useForm, onSubmit } from '../../lib/use-form';
import { formMessages } from './form-messages';

type Values = { organisationId: string; roles: string[] };
const EMPTY: Values = { organisationId: '', roles: [] };

export function PartnersEditor({
  project,
  organisations,
  onSaved,
}: {
  project: ProjectPageQuery['project'];
  organisations: OrganisationsQuery['organisations'];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const taken = new Set(project.participations.map((p) => p.organisation.id));
  const validate = useCallback(
    (v: Values): FieldErrors<Values> => ({
      ...(!v.organisationId && { organisationId: t.common.required }),
      ...(v.roles.length === 0 && { roles: t.office.rolesRequired }),
    }),
    [t],
  );
  const form = useForm<Values>(EMPTY, validate, formMessages(t));
  const add = async () => {
    await form.submitAndClear(
      async (v) => {
        await request(AddParticipationDocument, {
          input: { projectId: project.id, organisationId: v.organisationId, roles: v.roles as ParticipationRole[] },
        });
      },
      EMPTY,
      onSaved,
    );
  };
  const remove = async (id: string, version: number) => {
    setRemoveError(null);
    try {
      await request(RemoveParticipationDocument, { id, version });
      onSaved();
    } catch (error) {
      setRemoveError(error instanceof GraphqlError ? error.message : String(error));
    }
  };
  return (
    <section className="card" aria-labelledby="edit-partners-title">
      <h2 id="edit-partners-title">{t.office.partners}</h2>
      <FormMessage message={removeError} />
      <TableScroll label={t.office.partners}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.office.organisation}</th>
              <th scope="col">{t.office.roles}</th>
              <th scope="col">
                <span className="visually-hidden">{t.common.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {project.participations.map((p) => (
              <tr key={p.id}>
                <td>{p.organisation.name}</td>
                <td>{p.roles.map((r) => t.roles[r]).join(', ')}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void remove(p.id, p.version)}
                    aria-label={`${t.common.remove}: ${p.organisation.name}`}
                  >
                    {t.common.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <form className="inline-form" noValidate onSubmit={onSubmit(add)} aria-label={t.office.addPartner}>
        <FormMessage message={form.formError} />
        <SelectField
          form={form}
          name="organisationId"
          label={t.office.organisation}
          placeholder={t.office.chooseOrganisation}
          required
          options={organisations.filter((o) => !taken.has(o.id)).map((o) => ({ value: o.id, label: `${o.name} (${t.sectors[o.sector]})` }))}
        />
        <CheckboxGroup
          form={form}
          name="roles"
          label={t.office.roles}
          options={ParticipationRoleValues.map((r) => ({ value: r, label: t.roles[r] }))}
        />
        <button type="submit" disabled={form.saving}>
          {t.office.addPartner}
        </button>
      </form>
    </section>
  );
}
