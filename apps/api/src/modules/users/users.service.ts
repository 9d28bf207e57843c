import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import type { UserRole } from '@tvaers/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AUTH_CONFIG, type AuthConfig, INVITATION_SECONDS } from '../../auth/auth-config.js';
import { LoginRateLimit } from '../../auth/login-rate-limit.js';
import type { AuthUser, ProgrammeMembership } from '../../auth/request-context.js';
import { issueToken, verifyToken, VerifiedTokens } from '../../auth/token.js';
import { ForbiddenError, invalidField, TooManyRequestsError, UnauthenticatedError } from '../../common/errors/domain-errors.js';
import { findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { AcceptInvitationInput, ChangeUserRoleInput, InviteUserInput } from './user.inputs.js';
import { UserEntity } from './user.entity.js';
import { preparedQuery } from '../../database/prepared-query.js';
import { SignedInUserCache } from './signed-in-user-cache.js';
import type { SignedInUserLookup } from '../../auth/signed-in-user-lookup.js';

// argon2id with the library's defaults (64 MiB, 3 passes): slow enough to make offline guessing
// costly, fast enough (~100 ms) for a sign-in.
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// Compared against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password.
const NO_SUCH_USER_HASH = hashPassword('no such user, but the same amount of work');

async function assertPartnerOrganisation(manager: EntityManager, role: UserRole, organisationId: string | undefined): Promise<void> {
  if (role === 'PARTNER' && !organisationId) throw invalidField('input.organisationId', 'is required for a PARTNER');
  if (organisationId && !(await manager.existsBy(OrganisationEntity, { id: organisationId })))
    throw invalidField('input.organisationId', 'no organisation has this id');
}

// The user and their memberships, unless the session has ended (a SECURITY DEFINER function: it reads
// the same whatever the connection's session settings are).
const AUTH_USER_SQL = `SELECT id, email, name, role, organisation_id, active, memberships FROM tvaers_signed_in_user($1, $2)`;

@Injectable()
export class UsersService implements SignedInUserLookup, OnModuleInit, OnModuleDestroy {
  private readonly rateLimit: LoginRateLimit;
  private readonly signedIn: SignedInUserCache<AuthUser | undefined>;
  private readonly sessionTokens: VerifiedTokens;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUTH_CONFIG) private readonly auth: AuthConfig,
  ) {
    this.rateLimit = new LoginRateLimit(dataSource);
    this.signedIn = new SignedInUserCache((dataSource.options as { url: string }).url);
    this.sessionTokens = new VerifiedTokens(auth.tokenSecret);
  }

  async onModuleInit(): Promise<void> {
    await this.signedIn.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.signedIn.stop();
  }

  /** After a write in this process, before its answer: the next request looks its user up again (other processes hear of it by notice). */
  forgetSignedInUsers(): void {
    this.signedIn.invalidate();
  }

  /** A new session for the user, with its own id (single sign-on keeps the provider's ID token under it). */
  session(user: UserEntity) {
    const sessionId = randomUUID();
    return {
      ...issueToken({ sub: user.id, purpose: 'session', sid: sessionId }, this.auth.tokenSecret, this.auth.sessionSeconds),
      user,
      sessionId,
    };
  }

  async login(email: string, password: string, ip = 'unknown') {
    if (this.auth.passwordLogin === false)
      throw new ForbiddenError('Sign-in with a password is turned off here; sign in through your organisation (single sign-on)');
    const keys = LoginRateLimit.keys(email, ip);
    // Counted before the password is checked, so parallel guesses cannot all be tried.
    const wait = await this.rateLimit.reserve(keys);
    if (wait > 0) throw new TooManyRequestsError(`Too many sign-in attempts; try again in ${Math.ceil(wait / 60)} minutes`);
    const user = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
    const valid = await argon2.verify(user?.passwordHash ?? (await NO_SUCH_USER_HASH), password).catch(() => false);
    if (!user || !user.active || !user.passwordHash || !valid) throw new UnauthenticatedError('Wrong e-mail or password');
    await this.rateLimit.succeeded(keys);
    return this.session(user);
  }

  /** The user behind a session token, if the token is valid and the user still active. */
  async fromToken(token: string): Promise<AuthUser | undefined> {
    const claims = this.sessionTokens.verify(token, 'session');
    if (!claims) return undefined;
    const user = await this.authUser(claims.sub, claims.sid);
    return user && { ...user, session: claims.sid ? { id: claims.sid, expiresAt: claims.exp } : undefined };
  }

  /** Ends the session of this request: its token is refused from now on, in every API process. */
  async endSession(session: { id: string; expiresAt: number }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO ended_sessions (session_id, expires_at) VALUES ($1, to_timestamp($2)) ON CONFLICT DO NOTHING`,
      [session.id, session.expiresAt],
    );
    // Ended sessions past their expiry need no record any more (their tokens are refused anyway).
    await this.dataSource.query(`DELETE FROM ended_sessions WHERE expires_at < now() - interval '1 day'`);
    this.signedIn.invalidate();
  }

  /**
   * The user with their memberships, in one statement, looked up for every request unless this process
   * already did since the last change to users, memberships or sessions (SignedInUserCache): a
   * deactivated user or a changed role acts on the next request.
   */
  authUser(id: string, sessionId?: string): Promise<AuthUser | undefined> {
    return this.signedIn.get(`${id} ${sessionId ?? ''}`, async () => {
      const [row] = (await preparedQuery(this.dataSource, AUTH_USER_SQL, [id, sessionId ?? null])) as {
        id: string;
        email: string;
        name: string;
        role: UserRole;
        organisation_id: string | null;
        active: boolean;
        memberships: ProgrammeMembership[];
      }[];
      if (!row?.active) return undefined;
      // Shared by the requests of this user: frozen, so none can change what the others see.
      return Object.freeze({
        id: row.id,
        email: row.email,
        name: row.name,
        role: row.role,
        organisationId: row.organisation_id,
        memberships: Object.freeze(row.memberships.map((m) => Object.freeze(m))) as ProgrammeMembership[],
      });
    });
  }

  list(): Promise<UserEntity[]> {
    return this.dataSource.manager.find(UserEntity, { order: { email: 'ASC' } });
  }

  async me(id: string): Promise<UserEntity> {
    return findOrFail(this.dataSource.manager, UserEntity, 'User', id);
  }

  /** A preference of the user's own: saved as it is asked, whatever version the client last read. */
  async setLanguage(id: string, language: string | null): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await findOrFail(manager, UserEntity, 'User', id);
      return updateVersioned(manager, UserEntity, 'User', id, user.version, { language });
    });
  }

  /** Creates the user and, in the same transaction, whatever `grant` adds (a membership). */
  invite(
    { programmeId: _programme, ...input }: InviteUserInput,
    grant: (manager: EntityManager, user: UserEntity) => Promise<unknown> = async () => undefined,
  ) {
    return this.dataSource.transaction(async (manager) => {
      await assertPartnerOrganisation(manager, input.role, input.organisationId);
      const taken = await manager
        .createQueryBuilder(UserEntity, 'u')
        .where('lower(u.email) = lower(:email)', { email: input.email })
        .getExists();
      if (taken) throw invalidField('input.email', 'a user with this e-mail exists');
      const user = await insertAndReload(manager, UserEntity, 'User', {
        ...input,
        organisationId: input.organisationId ?? null,
        passwordHash: null,
      });
      await grant(manager, user);
      const { token } = issueToken({ sub: user.id, purpose: 'invitation' }, this.auth.tokenSecret, INVITATION_SECONDS);
      return { user, invitationToken: token };
    });
  }

  async acceptInvitation({ token, password }: AcceptInvitationInput) {
    const claims = verifyToken(token, this.auth.tokenSecret, 'invitation');
    if (!claims) throw invalidField('input.token', 'is not a valid or current invitation');
    const passwordHash = await hashPassword(password);
    const user = await this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, UserEntity, 'User', claims.sub);
      if (current.passwordHash) throw invalidField('input.token', 'was already used');
      return updateVersioned(manager, UserEntity, 'User', current.id, current.version, { passwordHash });
    });
    return this.session(user);
  }

  changeRole({ id, version, role, organisationId }: ChangeUserRoleInput) {
    return this.dataSource.transaction(async (manager) => {
      await assertPartnerOrganisation(manager, role, organisationId);
      return updateVersioned(manager, UserEntity, 'User', id, version, {
        role,
        organisationId: role === 'PARTNER' ? (organisationId ?? null) : null,
      });
    });
  }

  deactivate(id: string, version: number) {
    return updateVersioned(this.dataSource.manager, UserEntity, 'User', id, version, { active: false });
  }
}
