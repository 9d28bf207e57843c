import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { loadExisting } from '../../graphql/loaders.js';
import type { GraphqlContext } from '../../loaders.js';
import { BenefitModel } from '../benefits/benefit.model.js';
import { AdoptionBenefitModel } from './adoption-benefit.model.js';
import { AdoptionBenefitService } from './adoption-benefit.service.js';

@Resolver(() => BenefitModel)
export class AdoptionBenefitResolver {
  constructor(private readonly service: AdoptionBenefitService) {}

  @ResolveField(() => AdoptionBenefitModel, {
    nullable: true,
    description:
      'For an adoption-driven benefit (perAdopter set): expected and realised values per year from the adoption dates, and what is still waiting; null otherwise.',
  })
  async adoption(@Parent() benefit: BenefitModel, @Context() { loaders }: GraphqlContext): Promise<AdoptionBenefitModel | null> {
    if (benefit.perAdopter === null) return null;
    const project = await loadExisting(loaders.project, benefit.projectId, 'Project');
    const [adoptions, targets, programme] = await Promise.all([
      loaders.adoptionsByProject.load(benefit.projectId),
      loaders.targetsByBenefit.load(benefit.id),
      loadExisting(loaders.programme, project.programmeId, 'Programme'),
    ]);
    return this.service.of(
      benefit,
      benefit.perAdopter,
      adoptions,
      targets.map((t) => t.fiscalYear),
      programme,
    );
  }
}
