import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Every editable row: a UUID, timestamps and a version for optimistic locking. The version is a plain
 * column that the services compare and increment in the UPDATE's WHERE clause (see versioned-writes.ts);
 * TypeORM's @VersionColumn would increment without checking.
 */
export abstract class VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
