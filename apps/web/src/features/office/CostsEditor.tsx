import { useCallback } from 'react';
import { TableScroll } from '../../components/TableScroll';
import { CostCategoryValues, RecordCostDocument, type CostCategory, type ProjectPageQuery } from '../../generated/graphql';
import { FormMessage, SelectField, TextField } from '../../components/Field';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { type FieldErrors, parseMoney, useForm, onSubmit } from '../../lib/use-form';
import { formMessages } from './form-messages';
import { Evidence } from '../governance/Evidence';

type Values = { date: string; payerId: string; category: string; amount: string; reference: string };
const EMPTY: Values = { date: '', payerId: '', category: 'DEVELOPMENT', amount: '', reference: '' };

export function CostsEditor({ project, onSaved }: { project: ProjectPageQuery['project']; onSaved: () => void }) {
  const { t, format } = useI18n();
  const currency = project.programme.currency;
  const validate = useCallback(
    (v: Values): FieldErrors<Values> => ({
      ...(!v.date && { date: t.common.required }),
      ...(!v.payerId && { payerId: t.common.required }),
      ...((parseMoney(v.amount, t.locale) === null || parseMoney(v.amount, t.locale) === '0') && { amount: t.office.amountInvalid }),
    }),
    [t],
  );
  const form = useForm<Values>(EMPTY, validate, formMessages(t));
  const record = async () => {
    await form.submitAndClear(
      async (v) => {
        await request(RecordCostDocument, {
          input: {
            projectId: project.id,
            date: v.date,
            payerId: v.payerId,
            category: v.category as CostCategory,
            amount: parseMoney(v.amount, t.locale)!,
            reference: v.reference || undefined,
          },
        });
      },
      EMPTY,
      onSaved,
    );
  };
  return (
    <section className="card" aria-labelledby="costs-title">
      <h2 id="costs-title">{t.office.costActuals}</h2>
      <TableScroll label={t.office.costActuals}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.office.date}</th>
              <th scope="col">{t.office.payer}</th>
              <th scope="col">{t.office.category}</th>
              <th scope="col">{t.office.reference}</th>
              <th scope="col" className="num">
                {t.office.amount}
              </th>
              <th scope="col">{t.governance.evidence}</th>
            </tr>
          </thead>
          <tbody>
            {project.costActuals.map((c) => (
              <tr key={c.id}>
                <td className="nowrap">{format.date(c.date)}</td>
                <td>{c.payer.name}</td>
                <td>{t.categories[c.category]}</td>
                <td>{c.reference}</td>
                <td className="num">{format.money(c.amount, currency, 2)}</td>
                <td>
                  <Evidence
                    kind="COST_ACTUAL"
                    recordId={c.id}
                    label={`${format.date(c.date)} ${c.reference}`}
                    files={c.attachments}
                    canUpload
                    onUploaded={onSaved}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <form className="inline-form" noValidate aria-label={t.office.recordCost} onSubmit={onSubmit(record)}>
        <FormMessage message={form.formError} />
        <TextField form={form} name="date" type="date" label={t.office.date} required />
        <SelectField
          form={form}
          name="payerId"
          label={t.office.payer}
          placeholder={t.office.chooseOrganisation}
          required
          options={project.participations.map((p) => ({ value: p.organisation.id, label: p.organisation.name }))}
        />
        <SelectField
          form={form}
          name="category"
          label={t.office.category}
          options={CostCategoryValues.map((c) => ({ value: c, label: t.categories[c] }))}
        />
        <TextField form={form} name="amount" label={t.office.amount} inputMode="decimal" required />
        <TextField form={form} name="reference" label={t.office.reference} />
        <button type="submit" disabled={form.saving}>
          {t.office.recordCost}
        </button>
      </form>
    </section>
  );
}
