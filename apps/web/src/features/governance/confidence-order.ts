import type { DeliveryConfidence } from '../../generated/graphql';

/** The five-point scale best first (the generated list is alphabetical, which reads as nonsense). */
export const CONFIDENCE_ORDER: readonly DeliveryConfidence[] = ['GREEN', 'AMBER_GREEN', 'AMBER', 'AMBER_RED', 'RED'];
