import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { GATE_DECISIONS, PROJECT_PHASES } from '@tvaers/domain';
import { oneOf } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';
import { UserEntity } from '../users/user.entity.js';

export interface GateChecklistItem {
  item: string;
  met: boolean;
  /** Checked by the server from the project's records (true) or confirmed by the gate (false). */
  automatic: boolean;
}

/** The decision of a phase gate: who decided what, when, on which checklist, with the minutes. */
@Entity('gate_decisions')
@Index('ix_gate_decisions_project', ['projectId'])
@Check('ck_gate_decisions_decision', oneOf('decision', GATE_DECISIONS))
@Check('ck_gate_decisions_phases', `${oneOf('from_phase', PROJECT_PHASES)} AND ${oneOf('to_phase', PROJECT_PHASES)}`)
export class GateDecisionEntity extends ProjectChildEntity {
  @Column({ type: 'text' })
  fromPhase!: string;

  @Column({ type: 'text' })
  toPhase!: string;

  @Column({ type: 'text' })
  decision!: string;

  @Column({ type: 'text' })
  minutes!: string;

  @Column({ type: 'jsonb' })
  checklist!: GateChecklistItem[];

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz' })
  decidedAt!: Date;
}
