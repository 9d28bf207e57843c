import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import type { MilestoneEntity } from './milestone.entity.js';

@ObjectType('Milestone', { description: 'A project milestone: baseline, forecast and actual date.' })
export class MilestoneModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field() title!: string;
  @Field(() => LocalDateScalar) baselineDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) forecastDate!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualDate!: string | null;
  @Field(() => Int) version!: number;

  static from(e: MilestoneEntity): MilestoneModel {
    return Object.assign(new MilestoneModel(), {
      id: e.id,
      projectId: e.projectId,
      title: e.title,
      baselineDate: e.baselineDate,
      forecastDate: e.forecastDate,
      actualDate: e.actualDate,
      version: e.version,
    });
  }
}
