import type { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { AppConfig } from './config/app-config';

/** HTTP concerns every API instance shares (the server and the integration tests alike). */
export function configureHttp(app: INestApplication, config: AppConfig): void {
  const express = app.getHttpAdapter().getInstance() as Express;
  express.set('trust proxy', config.TRUST_PROXY);
  express.disable('x-powered-by');
  app.use(helmet());
  app.use(cookieParser());
}
