import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small key/value facts about the installation itself, e.g. when the demo portfolio was loaded. */
@Entity('app_settings')
export class AppSettingEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
