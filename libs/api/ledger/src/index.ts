export * from './lib/ledger.module';
export * from './lib/ledger.service';
export * from './lib/ledger.policy';
export * from './lib/models/ledger.model';
