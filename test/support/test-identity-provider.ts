import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";

/** The claims each test login gets; the login typed on the provider's page picks the account. */
export type TestAccounts = Record<string, { name: string; role?: string | string[]; areas?: string[] }>;

export const TEST_CLIENT_ID = "governance-graph-tests";
export const TEST_CLIENT_SECRET = "test-client-secret-0123456789abcdefghij";

export interface TestIdentityProvider {
  issuer: string;
  close(): Promise<void>;
}

/** A free port on loopback, for a server whose URL must be known before it is built. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * A real OpenID Connect provider (oidc-provider, with its own login and
 * consent pages) on 127.0.0.1, with one confidential client whose redirect URI
 * is the service's /auth/callback. Any password is accepted for a known login;
 * the ID token carries the account's name, role and areas.
 */
export async function startTestIdentityProvider(publicBaseUrl: string, accounts: TestAccounts): Promise<TestIdentityProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: "test-signing-key", alg: "RS256", use: "sig" };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [`${publicBaseUrl}/auth/callback`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ["test-provider-cookie-key-0123456789"] },
    pkce: { methods: ["S256"], required: () => true },
    claims: { openid: ["sub"], profile: ["name", "role", "areas"] },
    // Put the profile claims in the ID token itself, as the service reads roles from it.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
  });
  const callback = provider.callback();
  handle = (req, res) => void callback(req, res);
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
