export * from './lib/rounds.module';
export * from './lib/rounds.service';
export * from './lib/round-status';
export * from './lib/models/funding-round.model';
export * from './lib/entities/funding-round.entity';
export * from './lib/dto/funding-round.input';
export * from './lib/round-funding-guard';
