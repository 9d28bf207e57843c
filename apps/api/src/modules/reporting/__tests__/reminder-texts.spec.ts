import { reminderTexts } from '../reminder-texts.js';

const facts = {
  programme: 'Fælles strategi',
  code: 'FDS-01',
  title: 'Sammenhængende flytning',
  period: '2026-H2',
  dueDate: '2026-12-15',
  link: 'https://tvaers.example/projects/1',
};

describe('reminder texts in the recipient’s language', () => {
  it('write in the language the recipient chose, and only that', () => {
    const norwegian = reminderTexts('DUE_SOON', 'DKK', 'nb', facts);
    expect(norwegian.title).toBe('Statusrapport for FDS-01 skal sendes inn innen 2026-12-15');
    expect(norwegian.mailBody).toBe(
      'Fælles strategi: statusrapporten for 2026-H2 for FDS-01 Sammenhængende flytning skal sendes inn innen 2026-12-15.\n\nhttps://tvaers.example/projects/1\n',
    );
    expect(reminderTexts('OVERDUE', 'NOK', 'en', facts).title).toBe('Status report for FDS-01 is overdue');
  });

  it('without a choice, write in the programme’s country’s language with English below', () => {
    const danish = reminderTexts('OVERDUE', 'DKK', null, facts);
    expect(danish.title).toBe('Statusrapport for FDS-01 er forsinket');
    expect(danish.mailBody).toContain('skulle være indsendt 2026-12-15.\n\nFælles strategi: the status report for 2026-H2');
  });
});
