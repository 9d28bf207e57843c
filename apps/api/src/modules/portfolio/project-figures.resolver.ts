import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { GraphqlContext } from '../../loaders.js';
import { ProjectModel } from '../projects/project.model.js';
import { ProjectFiguresModel } from './portfolio.model.js';
import { PortfolioService } from './portfolio.service.js';

@Resolver(() => ProjectModel)
export class ProjectFiguresFieldResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  /** One aggregate statement per programme among the request's projects, not one per project. */
  @ResolveField(() => ProjectFiguresModel, {
    description:
      'Cost at completion, end date and benefits as baseline vs forecast vs actual, the variances and the lights, as of the current fiscal year.',
  })
  figures(@Parent() project: ProjectModel, @Context() { loaderFor }: GraphqlContext): Promise<ProjectFiguresModel> {
    const loader = loaderFor(
      'projectFigures',
      () =>
        new DataLoader<ProjectModel, ProjectFiguresModel, string>(
          async (projects) => {
            const byProgramme = new Map<string, string[]>();
            for (const p of projects) byProgramme.set(p.programmeId, [...(byProgramme.get(p.programmeId) ?? []), p.id]);
            const figures = new Map<string, ProjectFiguresModel>();
            for (const [programmeId, ids] of byProgramme) {
              for (const f of (await this.portfolio.projectFigures(programmeId, undefined, undefined, ids)).projects)
                figures.set(f.projectId, f);
            }
            return projects.map((p) => figures.get(p.id) ?? new Error(`Project ${p.id} has no figures`));
          },
          { cacheKeyFn: (p) => p.id },
        ),
    );
    return loader.load(project);
  }
}
