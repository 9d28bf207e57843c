import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentUser } from '../../auth/request-context.js';
import { InvalidTransitionError, invalidField, NotFoundError } from '../../common/errors/domain-errors.js';
import { UserEntity } from './user.entity.js';
import {
  FORGET_SIGN_IN_SQL,
  FORGET_USER_SQL,
  LOCK_USER_SQL,
  PSEUDONYMISATION_OF_SQL,
  RECORD_PSEUDONYMISATION_SQL,
  SCRUB_OUTBOX_SQL,
} from './user-pseudonymisation.sql.js';

const REASON_MAX = 500;

/** The name and e-mail a pseudonymised user is shown with from then on, everywhere. */
export function pseudonymOf(number: number): { name: string; email: string } {
  return { name: `Pseudonymiseret bruger #${number}`, email: `pseudonymiseret-bruger-${number}@pseudonym.invalid` };
}

/**
 * Forgets a departed user's name and e-mail (docs/personal-data.md). The audit chain keeps only their id
 * (canonical form 2), so it verifies as before; the user register now names them by a pseudonym, and
 * undelivered mail to them loses its recipient and text, and sign-in records that name them go. The user can no longer sign in. One transaction,
 * the user's row locked first, so that a second request for the same user waits and is then refused.
 */
@Injectable()
export class UserPseudonymisationService {
  constructor(private readonly dataSource: DataSource) {}

  async pseudonymise(id: string, reason: string): Promise<UserEntity> {
    const why = reason.trim();
    if (why.length === 0 || why.length > REASON_MAX) throw invalidField('reason', `must be 1–${REASON_MAX} characters`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(why)) throw invalidField('reason', 'must not contain control characters');
    if (id === currentUser()?.id) throw invalidField('id', 'you cannot pseudonymise yourself');
    return this.dataSource.transaction(async (manager) => {
      const [user] = (await manager.query(LOCK_USER_SQL, [id])) as { email: string }[];
      if (!user) throw new NotFoundError('User', id);
      if (((await manager.query(PSEUDONYMISATION_OF_SQL, [id])) as unknown[]).length > 0)
        throw new InvalidTransitionError(`User ${id} is already pseudonymised`);
      const [{ number }] = (await manager.query(RECORD_PSEUDONYMISATION_SQL, [id, why])) as [{ number: number }];
      const pseudonym = pseudonymOf(number);
      await manager.query(FORGET_USER_SQL, [id, pseudonym.name, pseudonym.email]);
      await manager.query(SCRUB_OUTBOX_SQL, [user.email, pseudonym.email, `(${pseudonym.name})`]);
      await manager.query(FORGET_SIGN_IN_SQL, [id, user.email]);
      return manager.findOneOrFail(UserEntity, { where: { id } });
    });
  }
}
