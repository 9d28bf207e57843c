import type { ReportDimension } from '@tvaers/domain';
import type { ProjectFiguresModel } from './portfolio.model.js';
import type { LightChangeModel, TolerancePreviewModel } from './tolerance-preview.model.js';

const LIGHTS: readonly [ReportDimension, 'costRag' | 'scheduleRag' | 'benefitRag'][] = [
  ['COST', 'costRag'],
  ['SCHEDULE', 'scheduleRag'],
  ['BENEFIT', 'benefitRag'],
];

/** The lights that differ between the same projects' figures under two sets of tolerances. */
export function lightChanges(current: ProjectFiguresModel[], proposed: ProjectFiguresModel[]): TolerancePreviewModel {
  const changes: LightChangeModel[] = [];
  current.forEach((now, i) => {
    const next = proposed[i]!;
    for (const [dimension, light] of LIGHTS) {
      if (now[light] !== next[light])
        changes.push({ projectId: now.projectId, code: now.code, title: now.title, dimension, from: now[light], to: next[light] });
    }
  });
  changes.sort((a, b) => a.code.localeCompare(b.code));
  return { projectsCompared: current.length, projectsChanging: new Set(changes.map((c) => c.projectId)).size, changes };
}
