export * from './data';
export * from './ledger-maths';
