// Proper names of the common components: the same in every language (libs/domain keeps them).
export { COMPONENT_NAMES } from '@tvaers/domain/enum-labels';
