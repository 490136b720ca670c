export * from './time-zones';
export * from './quarters';
