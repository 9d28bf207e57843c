import { useState } from 'react';
import { OrganisationRegisterDocument, type Country, type Sector, SectorValues, CountryValues } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { getRouteApi } from '@tanstack/react-router';
import { can, useSession } from '../../lib/session';
import { useQuery } from '../../lib/use-query';
import { MergePanel } from './MergePanel';
import { OrganisationForm } from './OrganisationForm';
import { ReferencePanel } from './ReferencePanel';
import type { RegisterSearch } from '../../router/search';
import { useReplaceSearch } from '../../router/use-replace-search';

const route = getRouteApi('/_signedIn/organisations');

/**
 * The organisation register every programme shares: search, add and edit with checked identifiers,
 * the official municipality lists, and (ADMIN) merging duplicates. The search is in the address.
 */
export function OrganisationsPage() {
  const { t } = useI18n();
  const session = useSession();
  const { q: search = '', country, sector } = route.useSearch();
  const [, replaceSearch] = useReplaceSearch<RegisterSearch>();
  const setSearch = (change: RegisterSearch) => replaceSearch((previous) => ({ ...previous, ...change }));
  const [typed, setTyped] = useState(search);
  const organisations = useQuery(OrganisationRegisterDocument, { search: search || undefined, country, sector });
  const all = useQuery(OrganisationRegisterDocument, {});
  const [message, setMessage] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editor = can.administerProgrammes(session);
  const done = (text: string) => {
    setMessage(text);
    setEditingId(null);
    organisations.reload();
    all.reload();
  };
  const editing = organisations.data?.organisations.find((o) => o.id === editingId);
  return (
    <>
      <h1>{t.register.title}</h1>
      <p>{t.register.intro}</p>
      <p role="status">{message}</p>
      <form
        role="search"
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch({ q: typed.trim() || undefined });
        }}
      >
        <div className="field">
          <label htmlFor="register-search">{t.register.search}</label>
          <input id="register-search" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="register-country">{t.register.country}</label>
          <select
            id="register-country"
            value={country ?? ''}
            onChange={(e) => setSearch({ country: (e.target.value || undefined) as Country | undefined })}
          >
            <option value="">{t.register.all}</option>
            {CountryValues.map((c) => (
              <option key={c} value={c}>
                {t.register.countries[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="register-sector">{t.register.sector}</label>
          <select
            id="register-sector"
            value={sector ?? ''}
            onChange={(e) => setSearch({ sector: (e.target.value || undefined) as Sector | undefined })}
          >
            <option value="">{t.register.all}</option>
            {SectorValues.map((s) => (
              <option key={s} value={s}>
                {t.sectors[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.register.search}</button>
      </form>
      <Async state={organisations}>
        {({ organisations: list }) => (
          <section className="card" aria-labelledby="register-list-title">
            <h2 id="register-list-title">{t.register.count(list.length)}</h2>
            {list.length === 0 ? (
              <p>{t.register.none}</p>
            ) : (
              <TableScroll label={t.register.title}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t.register.name}</th>
                      <th scope="col">{t.register.sector}</th>
                      <th scope="col">{t.register.country}</th>
                      <th scope="col">{t.register.identifier}</th>
                      <th scope="col">{t.register.kind}</th>
                      {editor && (
                        <th scope="col">
                          <span className="visually-hidden">{t.common.edit}</span>
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((o) => (
                      <tr key={o.id}>
                        <td>{o.name}</td>
                        <td>{t.sectors[o.sector]}</td>
                        <td>{o.country}</td>
                        <td>
                          {o.identifier}
                          {o.identifierProblem && (
                            <p className="field-error">
                              <span aria-hidden="true">⚠ </span>
                              {t.register.problemNote(o.identifierProblem)}
                            </p>
                          )}
                        </td>
                        <td>{o.identifierKind ? t.register.kinds[o.identifierKind] : t.register.problem}</td>
                        {editor && (
                          <td>
                            <button
                              type="button"
                              className="small"
                              aria-label={`${t.common.edit}: ${o.name}`}
                              onClick={() => setEditingId(o.id)}
                            >
                              {t.common.edit}
                            </button>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        )}
      </Async>
      {editor && editing && (
        <section className="card">
          <OrganisationForm
            key={`${editing.id}-${editing.version}`}
            editing={{
              id: editing.id,
              version: editing.version,
              values: { name: editing.name, sector: editing.sector, country: editing.country, identifier: editing.identifier },
            }}
            onSaved={done}
          />
        </section>
      )}
      {editor && (
        <section className="card">
          <OrganisationForm onSaved={done} />
        </section>
      )}
      {can.managePlatform(session) && <MergePanel organisations={all.data?.organisations ?? []} onMerged={done} />}
      {editor && <ReferencePanel onAdded={done} />}
    </>
  );
}
