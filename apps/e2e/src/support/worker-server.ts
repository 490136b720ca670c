// Runs before each test file (jest `setupFiles`): points the file at its jest worker's own
// server and identity provider, which global-setup started (one per worker).
export interface WorkerServer {
  url: string;
  oidcIssuer: string;
}

const servers: WorkerServer[] = JSON.parse(process.env.ABATE_E2E_SERVERS ?? '[]');
if (servers.length) {
  // JEST_WORKER_ID counts from 1 (it is 1 when jest runs the files in its own process).
  const server = servers[(Number(process.env.JEST_WORKER_ID ?? '1') - 1) % servers.length];
  process.env.ABATE_E2E_BASE_URL = server.url;
  process.env.ABATE_E2E_OIDC_ISSUER = server.oidcIssuer;
}
