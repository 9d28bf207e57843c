import { lightChanges } from '../tolerance-preview.js';
import type { ProjectFiguresModel } from '../portfolio.model.js';

const figures = (code: string, costRag: string, scheduleRag: string, benefitRag: string) =>
  ({ projectId: `id-${code}`, code, title: `Projekt ${code}`, costRag, scheduleRag, benefitRag }) as unknown as ProjectFiguresModel;

describe('lightChanges', () => {
  it('lists every light that changes colour, by project code, and counts each project once', () => {
    const current = [figures('B', 'GREEN', 'AMBER', 'GREY'), figures('A', 'AMBER', 'AMBER', 'RED'), figures('C', 'RED', 'RED', 'RED')];
    const proposed = [figures('B', 'GREEN', 'GREEN', 'GREY'), figures('A', 'RED', 'RED', 'RED'), figures('C', 'RED', 'RED', 'RED')];
    expect(lightChanges(current, proposed)).toEqual({
      projectsCompared: 3,
      projectsChanging: 2,
      changes: [
        { projectId: 'id-A', code: 'A', title: 'Projekt A', dimension: 'COST', from: 'AMBER', to: 'RED' },
        { projectId: 'id-A', code: 'A', title: 'Projekt A', dimension: 'SCHEDULE', from: 'AMBER', to: 'RED' },
        { projectId: 'id-B', code: 'B', title: 'Projekt B', dimension: 'SCHEDULE', from: 'AMBER', to: 'GREEN' },
      ],
    });
  });

  it('reports nothing for an empty programme or unchanged lights', () => {
    expect(lightChanges([], [])).toEqual({ projectsCompared: 0, projectsChanging: 0, changes: [] });
    const same = [figures('A', 'GREEN', 'GREEN', 'GREEN')];
    expect(lightChanges(same, same).changes).toEqual([]);
  });
});
