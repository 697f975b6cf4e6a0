/** Pure recovery model: schedule + sessions + now -> windows, "hold until", next session. No DOM, no browser. */
export * from './types';
export * from './tiers';
export * from './windows';
export * from './sources';
export * from './time';
export * from './schedule';
export * from './status';
export * from './format';
