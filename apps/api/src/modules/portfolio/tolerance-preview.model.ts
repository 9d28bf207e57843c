import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Rag, ReportDimension } from '@tvaers/domain';
import { LightDimensionEnum } from '../../common/graphql/enums.js';
import { RagEnum } from './portfolio.model.js';

@ObjectType('LightChange', { description: 'One light of one project that would change colour.' })
export class LightChangeModel {
  @Field(() => ID) projectId!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => LightDimensionEnum) dimension!: ReportDimension;
  @Field(() => RagEnum) from!: Rag;
  @Field(() => RagEnum) to!: Rag;
}

@ObjectType('TolerancePreview', { description: "What changed tolerances would do to the programme's current lights; nothing is saved." })
export class TolerancePreviewModel {
  @Field(() => Int, { description: 'Projects whose lights were compared (all of the programme).' }) projectsCompared!: number;
  @Field(() => Int, { description: 'Projects with at least one light changing colour.' }) projectsChanging!: number;
  @Field(() => [LightChangeModel], { description: 'Every light that would change, by project code and dimension.' })
  changes!: LightChangeModel[];
}
