import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnreachable, translateDatabaseError } from '../postgres-errors.js';

const failed = (driverError: object) =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error((driverError as { message?: string }).message ?? 'failed'), driverError));

describe('database errors: away or refusing', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a connection cut in a statement', failed({ message: 'Connection terminated unexpectedly' })],
    ['the server going down (57P01)', failed({ code: '57P01', message: 'terminating connection due to administrator command' })],
    ['the postmaster gone (class 08)', failed({ code: '08006', message: 'connection failure' })],
    ['a standby that is starting (57P03)', failed({ code: '57P03', message: 'the database system is starting up' })],
    ['no free connection in time', new Error('timeout exceeded when trying to connect')],
    ['a transaction whose connection broke (TypeORM released its runner)', new QueryRunnerAlreadyReleasedError()],
    ["the same, met through the transaction manager's query()", new QueryRunnerProviderAlreadyReleasedError()],
  ])('%s is SERVICE_UNAVAILABLE', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
    expect(translateDatabaseError(error)?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it.each([
    ['a unique violation', failed({ code: '23505', detail: 'Key (code)=(X) already exists.' }), 'BAD_USER_INPUT'],
    [
      'a read-only transaction refusing a write',
      failed({ code: '25006', message: 'cannot execute INSERT in a read-only transaction' }),
      undefined,
    ],
    ['a programming error', new TypeError('x is undefined'), undefined],
  ])('%s is not', (_, error, code) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
    expect(translateDatabaseError(error)?.code).toBe(code);
  });
});
