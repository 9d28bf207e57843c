import type { DataSource } from 'typeorm';
import { rowsById } from '../../graphql/loaders.js';
import { UserEntity } from './user.entity.js';

export function userLoaders(ds: DataSource) {
  return { user: rowsById(ds, UserEntity) };
}
