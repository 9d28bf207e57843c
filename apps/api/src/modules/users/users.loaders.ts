import { type LoaderFactories } from '../../graphql/loader-set.js';
import { rowsById } from '../../graphql/loaders.js';
import { UserEntity } from './user.entity.js';

export const userLoaders = { user: (ds) => rowsById(ds, UserEntity) } satisfies LoaderFactories;
