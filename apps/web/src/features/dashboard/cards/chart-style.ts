// Colours with at least 3:1 contrast on white (WCAG 1.4.11); series also differ in legend text.
export const SERIES = {
  envelope: '#5b6b7b',
  budget: '#0b5394',
  baseline: '#7b3fa0',
  spent: '#b4530a',
  planned: '#0b5394',
  realised: '#2e7d32',
  harvested: '#7b3fa0',
};
