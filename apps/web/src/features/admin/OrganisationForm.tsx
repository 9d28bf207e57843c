import { useCallback } from 'react';
import {
  CreateOrganisationDocument,
  UpdateOrganisationDocument,
  type Country,
  type Sector,
  SectorValues,
  CountryValues,
} from '../../generated/graphql';
import { FormMessage, SelectField, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';

export type OrganisationValues = { name: string; sector: string; country: string; identifier: string };
export const EMPTY_ORGANISATION: OrganisationValues = { name: '', sector: 'STATE', country: 'DK', identifier: '' };

interface Props {
  /** The organisation edited (with its version); none to add one. */
  editing?: { id: string; version: number; values: OrganisationValues };
  onSaved: (message: string) => void;
}

/**
 * Adds or edits an organisation. The shape is checked here; the check digit, the reference lists and
 * whether sector and country agree are the server's, and its reasons appear at the field.
 */
export function OrganisationForm({ editing, onSaved }: Props) {
  const { t } = useI18n();
  const validate = useCallback(
    (v: OrganisationValues): FieldErrors<OrganisationValues> => ({
      ...(v.name.trim().length < 2 && { name: t.common.required }),
      ...(!/^[0-9 .]{3,20}$/.test(v.identifier.trim()) && { identifier: t.register.identifierHint }),
    }),
    [t],
  );
  const form = useForm<OrganisationValues>(editing?.values ?? EMPTY_ORGANISATION, validate, formMessages(t));
  const save = () => {
    const write = async (v: OrganisationValues) => {
      const input = { name: v.name.trim(), sector: v.sector as Sector, country: v.country as Country, identifier: v.identifier.trim() };
      if (editing) await request(UpdateOrganisationDocument, { input: { id: editing.id, version: editing.version, ...input } });
      else await request(CreateOrganisationDocument, { input });
    };
    const message = editing ? t.register.saved : t.register.created(form.values.name.trim());
    return editing
      ? form.submit(write).then((ok) => ok && onSaved(message))
      : form.submitAndClear(write, EMPTY_ORGANISATION, () => onSaved(message));
  };
  const titleId = editing ? `edit-organisation-${editing.id}` : 'new-organisation';
  return (
    <form onSubmit={onSubmit(save)} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{editing ? t.register.editTitle : t.register.create}</h2>
      <FormMessage message={form.formError} />
      <div className="form-grid">
        <TextField form={form} name="name" label={t.register.name} required />
        <SelectField
          form={form}
          name="country"
          label={t.register.country}
          options={CountryValues.map((c) => ({ value: c, label: t.register.countries[c] }))}
          required
        />
        <SelectField
          form={form}
          name="sector"
          label={t.register.sector}
          options={SectorValues.map((s) => ({ value: s, label: t.sectors[s] }))}
          required
        />
        <TextField
          form={form}
          name="identifier"
          label={t.register.identifier}
          hint={t.register.identifierHint}
          inputMode="numeric"
          required
        />
      </div>
      <button type="submit" className="primary" disabled={form.saving}>
        {form.saving ? t.common.saving : editing ? t.common.save : t.register.create}
      </button>
    </form>
  );
}
