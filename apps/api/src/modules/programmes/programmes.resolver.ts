import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROGRAMME_EDITORS, SIGNED_IN } from '../../auth/allow.decorator.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { loadExisting } from '../../graphql/loaders.js';
import type { GraphqlContext } from '../../loaders.js';
import { OrganisationModel } from '../organisations/organisation.model.js';
import { ProgrammeModel, TrackModel } from './programme.model.js';
import {
  CreateProgrammeInput,
  CreateTrackInput,
  ReorderTracksInput,
  SetArchivedArgs,
  UpdateProgrammeInput,
  UpdateTrackInput,
} from './programme.inputs.js';
import { ProgrammesService } from './programmes.service.js';

@Resolver(() => ProgrammeModel)
export class ProgrammesResolver {
  constructor(private readonly service: ProgrammesService) {}

  @Allow(SIGNED_IN)
  @Query(() => [ProgrammeModel])
  async programmes(
    @Args('includeArchived', { type: () => Boolean, defaultValue: false, description: 'Archived programmes too.' })
    includeArchived: boolean,
  ): Promise<ProgrammeModel[]> {
    return (await this.service.list(includeArchived)).map(ProgrammeModel.from);
  }

  @Allow(SIGNED_IN)
  @Query(() => ProgrammeModel)
  async programme(@Args('id', { type: () => ID }) id: string): Promise<ProgrammeModel> {
    return ProgrammeModel.from(await this.service.get(id));
  }

  @ResolveField(() => [TrackModel])
  async tracks(@Parent() programme: ProgrammeModel, @Context() { loaders }: GraphqlContext): Promise<TrackModel[]> {
    return (await loaders.tracksByProgramme.load(programme.id)).map(TrackModel.from);
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  async fundOrganisation(@Parent() programme: ProgrammeModel, @Context() { loaders }: GraphqlContext): Promise<OrganisationModel | null> {
    return programme.fundOrganisationId
      ? OrganisationModel.from(await loadExisting(loaders.organisation, programme.fundOrganisationId, 'Organisation'))
      : null;
  }

  @ResolveField(() => DecimalScalar, { description: 'Sum of all budget lines of all projects in the programme.' })
  totalBudget(@Parent() programme: ProgrammeModel, @Context() { loaders }: GraphqlContext): Promise<string> {
    return loaders.budgetTotalByProgramme.load(programme.id);
  }

  // A programme office works inside its own programmes; creating one is the platform's (ADMIN's) act.
  @Allow(['ADMIN'])
  @Mutation(() => ProgrammeModel)
  async createProgramme(@Args('input') input: CreateProgrammeInput): Promise<ProgrammeModel> {
    return ProgrammeModel.from(await this.service.create(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ProgrammeModel)
  async updateProgramme(@Args('input') input: UpdateProgrammeInput): Promise<ProgrammeModel> {
    return ProgrammeModel.from(await this.service.update(input));
  }

  // Only a platform administrator, and only an empty programme: a programme office must never be one
  // call away from losing a programme and its history.
  @Allow(['ADMIN'])
  @Mutation(() => ID, { description: 'Deletes a programme that has no projects (and its tracks). ADMIN only.' })
  async deleteProgramme(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.service.delete(id, version);
    return id;
  }

  // Archiving is the platform's act, like creating: the programme and its history stay, out of the lists.
  @Allow(['ADMIN'])
  @Mutation(() => ProgrammeModel, { description: 'Archives a programme (kept with its history) or, with archived: false, brings it back.' })
  async setProgrammeArchived(@Args() { id, version, archived }: SetArchivedArgs): Promise<ProgrammeModel> {
    return ProgrammeModel.from(await this.service.setArchived(id, version, archived));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => [TrackModel], { description: "Puts the programme's tracks in the order given." })
  async reorderTracks(@Args('input') input: ReorderTracksInput): Promise<TrackModel[]> {
    return (await this.service.reorderTracks(input.programmeId, input.trackIds)).map(TrackModel.from);
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => TrackModel)
  async createTrack(@Args('input') input: CreateTrackInput): Promise<TrackModel> {
    return TrackModel.from(await this.service.createTrack(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => TrackModel)
  async updateTrack(@Args('input') input: UpdateTrackInput): Promise<TrackModel> {
    return TrackModel.from(await this.service.updateTrack(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ID, { description: 'Deletes a track; its projects keep running without a track.' })
  async deleteTrack(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.service.deleteTrack(id, version);
    return id;
  }
}
