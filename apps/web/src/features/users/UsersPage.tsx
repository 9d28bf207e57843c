import { useCallback, useState } from 'react';
import {
  ChangeUserRoleDocument,
  DeactivateUserDocument,
  InviteUserDocument,
  MembershipRoleValues,
  OrganisationsDocument,
  ProgrammeMembersDocument,
  RevokeMembershipDocument,
  UserRoleValues,
  UsersDocument,
  type UserRole,
} from '../../generated/graphql';
import { Async } from '../../components/Async';
import { FormMessage, SelectField, TextField } from '../../components/Field';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { GraphqlError, request } from '../../lib/graphql';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { useQuery } from '../../lib/use-query';
import { can, useSession } from '../../lib/session';
import { useProgrammes } from '../dashboard/use-programme';
import { isPseudonym, PseudonymiseUser } from './PseudonymiseUser';
import { formMessages } from '../office/form-messages';

type Invite = { email: string; name: string; role: string; organisationId: string };
const EMPTY: Invite = { email: '', name: '', role: 'VIEWER', organisationId: '' };

/**
 * The members of the programme chosen in the header (ADMIN, or the programme's own office): who has
 * which role, removing access, and inviting a new person into the programme. ADMIN also sees every
 * user of the platform (platform role, deactivation).
 */
export function UsersPage() {
  const { t } = useI18n();
  const session = useSession();
  const platform = can.managePlatform(session);
  const { programme } = useProgrammes();
  const members = useQuery(ProgrammeMembersDocument, { id: programme?.id ?? '' }, Boolean(programme));
  const users = useQuery(UsersDocument, {}, platform);
  const organisations = useQuery(OrganisationsDocument, {});
  const reload = () => {
    members.reload();
    if (platform) users.reload();
  };
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const validate = useCallback(
    (v: Invite): FieldErrors<Invite> => ({
      ...(!/^\S+@\S+\.\S+$/.test(v.email.trim()) && { email: t.common.required }),
      ...(v.name.trim().length < 2 && { name: t.common.required }),
      ...(v.role === 'PARTNER' && !v.organisationId && { organisationId: t.common.required }),
    }),
    [t],
  );
  const form = useForm<Invite>(EMPTY, validate, formMessages(t));
  const invite = () =>
    form.submitAndClear(
      async (v) => {
        const input = {
          email: v.email.trim(),
          name: v.name.trim(),
          role: v.role as UserRole,
          organisationId: v.organisationId || undefined,
          programmeId: programme?.id,
        };
        const { inviteUser } = await request(InviteUserDocument, { input });
        setMessage(t.users.invitation(inviteUser.user.email, inviteUser.invitationToken));
      },
      EMPTY,
      reload,
    );
  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      reload();
    } catch (e) {
      setError(e instanceof GraphqlError ? (e.code === 'CONFLICT' ? t.common.conflict : e.message) : String(e));
    }
  };
  const status = (user: { active: boolean; hasPassword: boolean }) =>
    !user.active ? t.users.inactive : user.hasPassword ? t.users.active : t.users.invited;
  const orgName = new Map((organisations.data?.organisations ?? []).map((o) => [o.id, o.name]));
  return (
    <>
      <h1>{t.users.title}</h1>
      <FormMessage message={error} />
      <Async state={members}>
        {({ programme: current }) => (
          <section className="card" aria-labelledby="members-title">
            <h2 id="members-title">{t.users.members}</h2>
            <p>{t.users.membersIntro(current.name)}</p>
            <TableScroll label={t.users.members}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.users.email}</th>
                    <th scope="col">{t.users.name}</th>
                    <th scope="col">{t.users.role}</th>
                    <th scope="col">{t.users.status}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t.users.revoke}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {current.members.map((m) => (
                    <tr key={m.id}>
                      <td>{m.user.email}</td>
                      <td>{m.user.name}</td>
                      <td>
                        {t.userRoles[m.role]}
                        {m.organisationId && <span className="meta"> {orgName.get(m.organisationId)}</span>}
                      </td>
                      <td>{status(m.user)}</td>
                      <td>
                        <button
                          type="button"
                          className="small"
                          aria-label={`${t.users.revoke}: ${m.user.email}`}
                          onClick={() => void act(() => request(RevokeMembershipDocument, { id: m.id, version: m.version }))}
                        >
                          {t.users.revoke}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        )}
      </Async>
      {platform && (
        <Async state={users}>
          {({ users: list }) => (
            <section className="card" aria-labelledby="users-title">
              <h2 id="users-title">{t.users.platformUsers}</h2>
              <TableScroll label={t.users.title}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t.users.email}</th>
                      <th scope="col">{t.users.name}</th>
                      <th scope="col">{t.users.role}</th>
                      <th scope="col">{t.users.status}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t.users.deactivate}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((u) => (
                      <tr key={u.id}>
                        <td>{u.email}</td>
                        <td>{u.name}</td>
                        <td>
                          <label className="visually-hidden" htmlFor={`role-${u.id}`}>{`${t.users.changeRole}: ${u.email}`}</label>
                          <select
                            id={`role-${u.id}`}
                            value={u.role}
                            disabled={!u.active}
                            onChange={(e) =>
                              void act(() =>
                                request(ChangeUserRoleDocument, {
                                  input: {
                                    id: u.id,
                                    version: u.version,
                                    role: e.target.value as UserRole,
                                    organisationId: u.organisationId ?? undefined,
                                  },
                                }),
                              )
                            }
                          >
                            {UserRoleValues.map((r) => (
                              <option key={r} value={r}>
                                {t.userRoles[r]}
                              </option>
                            ))}
                          </select>
                          {u.organisationId && <span className="meta"> {orgName.get(u.organisationId)}</span>}
                        </td>
                        <td>{status(u)}</td>
                        <td>
                          {u.active && (
                            <button
                              type="button"
                              className="small"
                              aria-label={`${t.users.deactivate}: ${u.email}`}
                              onClick={() => void act(() => request(DeactivateUserDocument, { id: u.id, version: u.version }))}
                            >
                              {t.users.deactivate}
                            </button>
                          )}
                          {!u.active && !isPseudonym(u.email) && <PseudonymiseUser user={u} act={act} />}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </section>
          )}
        </Async>
      )}
      <form className="card form" noValidate onSubmit={onSubmit(invite)} aria-labelledby="invite-title">
        <h2 id="invite-title">{t.users.invite}</h2>
        {programme && <p>{t.users.inviteToProgramme(programme.name)}</p>}
        <FormMessage message={form.formError} />
        <p role="status" className="invitation">
          {message}
        </p>
        <div className="form-grid">
          <TextField form={form} name="email" label={t.users.email} required />
          <TextField form={form} name="name" label={t.users.name} required />
          <SelectField
            form={form}
            name="role"
            label={t.users.role}
            options={MembershipRoleValues.map((r) => ({ value: r, label: t.userRoles[r] }))}
          />
          <SelectField
            form={form}
            name="organisationId"
            label={t.users.organisation}
            placeholder={t.common.none}
            options={(organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </div>
        <button type="submit" disabled={form.saving}>
          {t.users.invite}
        </button>
      </form>
    </>
  );
}
