import { createQueueRetryingDeadlock } from '../job-queue.service.js';

const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });

/** A queue whose first `failures` calls throw `error`. */
function bossFailing(failures: number, error: Error) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    createQueue: async () => {
      calls++;
      if (calls <= failures) throw error;
    },
  };
}

describe('creating the job queue while another process does the same', () => {
  it('asks again after PostgreSQL aborted it as the loser of a deadlock', async () => {
    const boss = bossFailing(2, deadlock);
    await expect(createQueueRetryingDeadlock(boss, 'q')).resolves.toBeUndefined();
    expect(boss.calls).toBe(3);
  });

  it('gives up after three deadlocks, and at once on any other error', async () => {
    const stuck = bossFailing(5, deadlock);
    await expect(createQueueRetryingDeadlock(stuck, 'q')).rejects.toThrow('deadlock detected');
    expect(stuck.calls).toBe(3);
    const other = bossFailing(1, Object.assign(new Error('permission denied'), { code: '42501' }));
    await expect(createQueueRetryingDeadlock(other, 'q')).rejects.toThrow('permission denied');
    expect(other.calls).toBe(1);
  });
});
