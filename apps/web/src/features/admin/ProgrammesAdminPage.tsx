import { useState } from 'react';
import { AdminProgrammesDocument, OrganisationRegisterDocument, SetProgrammeArchivedDocument } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { FormMessage } from '../../components/Field';
import { useI18n } from '../../i18n';
import { GraphqlError, request } from '../../lib/graphql';
import { getRouteApi } from '@tanstack/react-router';
import { can, useSession } from '../../lib/session';
import { useQuery } from '../../lib/use-query';
import { ProgrammeSettingsForm } from './ProgrammeSettingsForm';
import { ReportingRoundsEditor } from './ReportingRoundsEditor';
import { TracksEditor } from './TracksEditor';

const route = getRouteApi('/_signedIn/admin/programmes');

/**
 * Programme administration: ADMIN creates programmes and archives them; a programme's own office
 * changes its settings (with the tolerances' effect previewed) and its tracks.
 */
export function ProgrammesAdminPage() {
  const { t, format } = useI18n();
  const session = useSession();
  const admin = can.managePlatform(session);
  const chosenId = route.useSearch({ select: (search) => search.programme });
  const navigate = route.useNavigate();
  const programmes = useQuery(AdminProgrammesDocument, {});
  const organisations = useQuery(OrganisationRegisterDocument, {});
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = (programmes.data?.programmes ?? []).filter((p) => admin || can.administerProgramme(session, p.id));
  const chosen = list.find((p) => p.id === chosenId) ?? list[0];
  const choose = (id: string) => void navigate({ search: { programme: id } });
  const saved = (id: string, text: string) => {
    setMessage(text);
    programmes.reload();
    // Just saved, so nothing is lost: show the new programme without asking about unsaved changes.
    if (id !== chosen?.id) void navigate({ search: { programme: id }, replace: true });
  };
  const setArchived = async (archived: boolean) => {
    if (!chosen) return;
    setError(null);
    try {
      await request(SetProgrammeArchivedDocument, { id: chosen.id, version: chosen.version, archived });
      programmes.reload();
    } catch (e) {
      setError(e instanceof GraphqlError ? (e.code === 'CONFLICT' ? t.common.conflict : e.message) : String(e));
    }
  };
  return (
    <>
      <h1>{t.admin.title}</h1>
      <p>{t.admin.intro}</p>
      <p role="status">{message}</p>
      <FormMessage message={error} />
      <Async state={programmes}>
        {() => (
          <>
            {list.length > 0 && (
              <div className="field">
                <label htmlFor="admin-programme">{t.admin.choose}</label>
                <select id="admin-programme" value={chosen?.id ?? ''} onChange={(e) => choose(e.target.value)}>
                  {list.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                      {p.archivedAt ? ` (${t.admin.archivedTrack})` : ''}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {chosen && (
              <section className="card" key={`${chosen.id}-${chosen.version}`}>
                {chosen.archivedAt && <p className="notice">{t.admin.archived(format.date(chosen.archivedAt.slice(0, 10)))}</p>}
                <ProgrammeSettingsForm programme={chosen} organisations={organisations.data?.organisations ?? []} onSaved={saved} />
                {admin && (
                  <button type="button" onClick={() => void setArchived(!chosen.archivedAt)}>
                    {chosen.archivedAt ? t.admin.restore : t.admin.archive}
                  </button>
                )}
              </section>
            )}
            {chosen && <TracksEditor key={chosen.id} programme={chosen} onChanged={programmes.reload} />}
            {chosen && <ReportingRoundsEditor key={`rounds-${chosen.id}`} programme={chosen} onChanged={programmes.reload} />}
            {admin && (
              <section className="card">
                <ProgrammeSettingsForm organisations={organisations.data?.organisations ?? []} onSaved={saved} />
              </section>
            )}
          </>
        )}
      </Async>
    </>
  );
}
