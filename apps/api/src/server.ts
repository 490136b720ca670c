import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig, configureHttp, loadConfig } from '@abate/api/core';
import { AppModule } from './app.module';
import { DemoSeed } from './demo-seed';
import { serveWebApp } from './web-app';

/** For main.ts, which imports no library statically (it would load the whole API into the cluster primary). */
export { startupErrorMessage } from '@abate/api/core';

/** The configured Nest application, not yet listening (tests use it with supertest). */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  // abortOnError false: a failed start-up throws to the caller, which explains it, instead of exiting here.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  configureHttp(app, config);
  serveWebApp(app, config);
  return app;
}

export async function bootstrap(env: NodeJS.ProcessEnv = process.env): Promise<NestExpressApplication> {
  const config = loadConfig(env);
  const app = await createApp(config);
  await app.init();
  if (config.SEED_DEMO) await app.get(DemoSeed).run();
  await app.listen(config.PORT, config.HOST);
  return app;
}
