// Runs before each integration test file (jest `setupFiles`): without DATABASE_URL,
// global-setup.ts started one embedded database per jest worker, and this worker uses its own.
// JEST_WORKER_ID counts workers from 1 (and is 1 when jest runs the files in its own process).
const urls = process.env.ABATE_WORKER_DATABASE_URLS?.split(' ').filter(Boolean);
if (urls?.length) process.env.DATABASE_URL = urls[(Number(process.env.JEST_WORKER_ID ?? '1') - 1) % urls.length];
