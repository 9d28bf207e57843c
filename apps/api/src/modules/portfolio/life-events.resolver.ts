import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow, SIGNED_IN } from '../../auth/allow.decorator.js';
import { ProjectFilter } from '../projects/project.inputs.js';
import { LifeEventFiguresModel } from './life-events.model.js';
import { LifeEventsService } from './life-events.service.js';

@Resolver()
export class LifeEventsResolver {
  constructor(private readonly service: LifeEventsService) {}

  @Allow(SIGNED_IN)
  @Query(() => [LifeEventFiguresModel], {
    description:
      'For each citizen life event: the projects serving it, their cost, the money and hours they save, the common components they reuse.',
  })
  lifeEvents(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
  ): Promise<LifeEventFiguresModel[]> {
    return this.service.figures(programmeId, filter ?? undefined);
  }
}
