import type { GraphQLResolveInfo } from 'graphql';
import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROGRAMME_EDITORS, PROJECT_EDITORS, SIGNED_IN } from '../../auth/allow.decorator.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import type { Connection } from '../../common/graphql/connection.js';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { loadExisting } from '../../graphql/loaders.js';
import type { GraphqlContext } from '../../loaders.js';
import { nodesAt, preload, readOneAhead } from '../../graphql/preload.js';
import { PRELOAD_EDGES } from './project-preload-edges.js';
import { selectedFieldNames } from '../../graphql/selected-columns.js';
import { OrganisationModel } from '../organisations/organisation.model.js';
import { ProgrammeModel, TrackModel } from '../programmes/programme.model.js';
import {
  AddParticipationInput,
  CreateProjectInput,
  ProjectFilter,
  ProjectOrder,
  UpdateParticipationInput,
  UpdateProjectInput,
} from './project.inputs.js';
import { ParticipationModel, ProjectConnection, ProjectModel } from './project.model.js';
import { ProjectsService } from './projects.service.js';
import { ProjectEntity } from './project.entity.js';

@Resolver(() => ProjectModel)
export class ProjectsResolver {
  constructor(private readonly service: ProjectsService) {}

  @Allow(SIGNED_IN)
  @Query(() => ProjectConnection, { description: 'Projects of a programme, filtered and sorted, as a Relay connection.' })
  async projects(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter: ProjectFilter | undefined,
    @Args('orderBy', { type: () => ProjectOrder, nullable: true }) orderBy: ProjectOrder | undefined,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Context() { loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProjectModel>> {
    const nodes = nodesAt(info, ['edges', 'node']);
    const fields = selectedFieldNames({ ...info, fieldNodes: nodes });
    const page = await this.service.page({ programmeId, filter, orderBy, first, after: after ?? undefined, fields });
    const edges = page.edges.map((e) => ({ cursor: e.cursor, node: ProjectModel.from(e.node) }));
    await preload(
      PRELOAD_EDGES,
      'Project',
      edges.map((e) => e.node),
      nodes,
      info,
      loaders,
    );
    return { ...page, edges };
  }

  @Allow(SIGNED_IN)
  @Query(() => ProjectModel)
  async project(
    @Args('id', { type: () => ID }) id: string,
    @Context() { loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProjectModel> {
    const properties = this.service.columnsForFields(selectedFieldNames(info));
    const row = await readOneAhead(
      PRELOAD_EDGES,
      'Project',
      id,
      { entity: ProjectEntity, loader: loaders.project, properties },
      info.fieldNodes,
      info,
      loaders,
    );
    const project = ProjectModel.from(row ?? (await loadExisting(loaders.project, id, 'Project')));
    await preload(PRELOAD_EDGES, 'Project', [project], info.fieldNodes, info, loaders);
    return project;
  }

  @ResolveField(() => ProgrammeModel)
  async programme(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<ProgrammeModel> {
    return ProgrammeModel.from(await loadExisting(loaders.programme, project.programmeId, 'Programme'));
  }

  @ResolveField(() => TrackModel, { nullable: true })
  async track(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<TrackModel | null> {
    if (!project.trackId) return null;
    const track = await loaders.track.load(project.trackId);
    return track ? TrackModel.from(track) : null;
  }

  @ResolveField(() => [ParticipationModel])
  async participations(
    @Parent() project: ProjectModel,
    @Context() { loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ParticipationModel[]> {
    return (await loaders.participationsByProject.load(project.id, info)).map(ParticipationModel.from);
  }

  @ResolveField(() => DecimalScalar, { description: 'Sum of the budget lines.' })
  async budgetTotal(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<string> {
    return (await loaders.costTotalsByProject.load(project.id)).budget;
  }

  @ResolveField(() => DecimalScalar, { description: 'Sum of the cost actuals.' })
  async actualCostTotal(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<string> {
    return (await loaders.costTotalsByProject.load(project.id)).actualCost;
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ProjectModel)
  async createProject(@Args('input') input: CreateProjectInput): Promise<ProjectModel> {
    return ProjectModel.from(await this.service.create(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ProjectModel)
  async updateProject(@Args('input') input: UpdateProjectInput): Promise<ProjectModel> {
    return ProjectModel.from(await this.service.update(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ID, { description: 'Deletes a project with everything recorded on it.' })
  async deleteProject(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.service.delete(id, version);
    return id;
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ParticipationModel)
  async addParticipation(@Args('input') input: AddParticipationInput): Promise<ParticipationModel> {
    return ParticipationModel.from(await this.service.addParticipation(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ParticipationModel)
  async updateParticipation(@Args('input') input: UpdateParticipationInput): Promise<ParticipationModel> {
    return ParticipationModel.from(await this.service.updateParticipation(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ID)
  async removeParticipation(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.service.removeParticipation(id, version);
    return id;
  }
}

@Resolver(() => ParticipationModel)
export class ParticipationResolver {
  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() participation: ParticipationModel, @Context() { loaders }: GraphqlContext): Promise<OrganisationModel> {
    return OrganisationModel.from(await loadExisting(loaders.organisation, participation.organisationId, 'Organisation'));
  }
}

@Resolver(() => ProjectConnection)
export class ProjectConnectionResolver {
  @ResolveField(() => Int, { description: 'Number of rows matching the filter, on all pages.' })
  totalCount(@Parent() connection: Connection<ProjectModel>): Promise<number> {
    return connection.totalCount();
  }
}
