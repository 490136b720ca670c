export * from './checklist';
export * from './scoring';
