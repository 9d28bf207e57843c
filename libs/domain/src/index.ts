export * from './enums.js';
export * from './money.js';
export * from './fiscal-year.js';
export * from './measurement-status.js';
export * from './traffic-lights.js';
