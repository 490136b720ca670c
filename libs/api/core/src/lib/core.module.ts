import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig } from './config/app-config';
import { dataSourceOptions, openDataSource } from './database/data-source-options';
import { Transactions } from './database/transactions';
import { Clock, OffsetClock } from './clock/clock';
import { TestClockController } from './clock/test-clock.controller';
import { AuditWriter } from './audit/audit.writer';
import { AuditEventEntity } from './audit/audit-event.entity';
import { AccessGuard } from './auth/access.guard';
import { graphqlOptions } from './graphql/graphql-options';
import { InputValidationPipe } from './validation.pipe';
import { ensureRequestId, requestContextMiddleware } from './context/request-context';

export interface CoreOptions {
  config: AppConfig;
  /** Build the schema without touching the database (schema printing). */
  withoutDatabase?: boolean;
}

/**
 * Cross-cutting wiring shared by the API and the integration tests: config,
 * logging, database, GraphQL, the deny-by-default guard, validation, audit.
 */
@Global()
@Module({})
export class CoreModule implements NestModule {
  static forRoot({ config, withoutDatabase = false }: CoreOptions): DynamicModule {
    const logger = pino({
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    });
    return {
      module: CoreModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            genReqId: (req, res) => ensureRequestId(req, res),
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(config, [AuditEventEntity]),
            autoLoadEntities: true,
            manualInitialization: withoutDatabase,
            retryAttempts: 2,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('TypeORM options missing');
            return withoutDatabase ? new DataSource(options) : openDataSource(options, config.MIGRATE_ON_START);
          },
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config, logger)),
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        Transactions,
        AuditWriter,
        // TEST_CLOCK (refused in production): a clock the browser tests move through /test/clock.
        { provide: Clock, useFactory: () => (config.TEST_CLOCK ? new OffsetClock() : new Clock()) },
      ],
      controllers: config.TEST_CLOCK ? [TestClockController] : [],
      exports: [AppConfig, Transactions, AuditWriter, Clock],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestContextMiddleware).forRoutes('*splat');
  }
}
