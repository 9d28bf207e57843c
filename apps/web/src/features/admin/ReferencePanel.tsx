import { useState } from 'react';
import { AddReferenceOrganisationsDocument, ReferenceOrganisationsDocument, type Country, CountryValues } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { FormMessage } from '../../components/Field';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { refusalText } from '../../lib/refusal';
import { useQuery } from '../../lib/use-query';

/** The official municipalities (and Danish regions) of a country: which the register lacks, and adding them. */
export function ReferencePanel({ onAdded }: { onAdded: (message: string) => void }) {
  const { t } = useI18n();
  const [country, setCountry] = useState<Country>('DK');
  const reference = useQuery(ReferenceOrganisationsDocument, { country });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const missing = (reference.data?.referenceOrganisations ?? []).filter((o) => !o.registeredId);
  const toggle = (identifier: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(identifier)) next.add(identifier);
      return next;
    });
  const add = async () => {
    setError(null);
    try {
      const { addReferenceOrganisations } = await request(AddReferenceOrganisationsDocument, {
        input: { country, identifiers: [...selected] },
      });
      setSelected(new Set());
      reference.reload();
      onAdded(t.register.added(addReferenceOrganisations.length));
    } catch (e) {
      setError(refusalText(e, t.common.conflict));
    }
  };
  return (
    <section className="card" aria-labelledby="reference-title">
      <h2 id="reference-title">{t.register.reference}</h2>
      <div className="field">
        <label htmlFor="reference-country">{t.register.country}</label>
        <select
          id="reference-country"
          value={country}
          onChange={(e) => {
            setCountry(e.target.value as Country);
            setSelected(new Set());
          }}
        >
          {CountryValues.map((c) => (
            <option key={c} value={c}>
              {t.register.countries[c]}
            </option>
          ))}
        </select>
      </div>
      <FormMessage message={error} />
      <Async state={reference}>
        {({ referenceOrganisations: all }) => (
          <>
            <p>{t.register.referenceIntro(missing.length, all.length)}</p>
            <button type="button" onClick={() => setSelected(new Set(missing.map((o) => o.identifier)))} disabled={missing.length === 0}>
              {t.register.selectAll}
            </button>{' '}
            <button type="button" className="primary" onClick={() => void add()} disabled={selected.size === 0}>
              {t.register.addSelected(selected.size)}
            </button>
            <details>
              <summary>{t.register.showList(all.length)}</summary>
              <TableScroll label={t.register.reference}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">
                        <span className="visually-hidden">{t.register.addSelected(selected.size)}</span>
                      </th>
                      <th scope="col">{t.register.identifier}</th>
                      <th scope="col">{t.register.name}</th>
                      <th scope="col">{t.register.area}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {all.map((o) => (
                      <tr key={o.identifier}>
                        <td>
                          {o.registeredId ? (
                            <span className="meta">{t.register.registered}</span>
                          ) : (
                            <input
                              type="checkbox"
                              aria-label={o.name}
                              checked={selected.has(o.identifier)}
                              onChange={() => toggle(o.identifier)}
                            />
                          )}
                        </td>
                        <td>{o.identifier}</td>
                        <td>{o.name}</td>
                        <td>{o.area ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </details>
          </>
        )}
      </Async>
    </section>
  );
}
