import { Field, ID, ObjectType } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import type { UserEntity } from './user.entity.js';

/** Who did something (decided a gate, uploaded a file): name and e-mail, nothing about their rights. */
@ObjectType('Person')
export class PersonModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;

  static from(e: UserEntity): PersonModel {
    return Object.assign(new PersonModel(), { id: e.id, name: e.name, email: e.email });
  }

  /** The person behind a nullable user id (null when none, or when the user was deleted). */
  static async load(loader: DataLoader<string, UserEntity | undefined>, id: string | null): Promise<PersonModel | null> {
    if (!id) return null;
    const user = await loader.load(id);
    return user ? PersonModel.from(user) : null;
  }
}
