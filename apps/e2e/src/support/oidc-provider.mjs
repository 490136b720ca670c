// A real OpenID Connect provider (panva's oidc-provider, with its development login and
// consent pages) on 127.0.0.1, for the browser tests' sign-in through the state's provider.
// Run by global-setup as a child process; prints `OIDC issuer <url>` once listening.
// Usage: node oidc-provider.mjs <Abate's PUBLIC_URL> <client id> <client secret>
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [publicUrl, clientId, clientSecret] = process.argv.slice(2);

// Who may sign in here: the login name typed on the provider's page is the subject.
const ACCOUNTS = {
  'jordan.lee': {
    email: 'reviewer3@abate.test',
    email_verified: true,
    name: 'Jordan Lee',
    groups: ['state-grants-reviewers'],
  },
};

let handler = (_req, res) => res.end();
const server = createServer((req, res) => handler(req, res));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [`${publicUrl}/auth/oidc/callback`],
      post_logout_redirect_uris: [`${publicUrl}/`],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  findAccount: (_ctx, sub) =>
    ACCOUNTS[sub] ? { accountId: sub, claims: () => ({ sub, ...ACCOUNTS[sub] }) } : undefined,
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  scopes: ['openid', 'email', 'profile', 'groups'],
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ['an e2e oidc cookie key'] },
});
handler = provider.callback();
console.log(`OIDC issuer ${issuer}`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
