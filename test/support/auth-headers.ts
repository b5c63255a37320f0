import type { FastifyInstance } from "fastify";
import { SignJWT } from "jose";
import type { AccessRole, AuthUser } from "../../server/graph/access.ts";
import { issueApiToken } from "../../server/jobs/access/manage-api-tokens.ts";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import type { QueryRunner } from "../../server/db/run-query.ts";
import { testLogger } from "./test-database.ts";

/** The local signing secret of the test apps below (JWT_SECRET). */
export const TEST_JWT_SECRET = "integration-tests-only-secret-0123456789abcdef";

/** Stands for whoever set the tests up, in the audit log. */
export const TEST_SETUP_USER: AuthUser = { id: "cli:test-setup", name: "test-setup", role: "admin", via: "cli" };

/** The real app with a local JWT secret, and any other settings a test needs. */
export async function createAuthTestApp(runner: QueryRunner, env: Record<string, string> = {}): Promise<FastifyInstance> {
  return createApp({ runner, config: loadConfig({ NODE_ENV: "test", JWT_SECRET: TEST_JWT_SECRET, ...env }), logger: testLogger });
}

/** Headers with a JWT signed by TEST_JWT_SECRET for a user of the given role. */
export async function jwtHeaders(role: AccessRole | string, name = `test ${role}`, claims: Record<string, unknown> = {}): Promise<Record<string, string>> {
  const token = await new SignJWT({ role, name, ...claims })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(name.replace(/\s+/g, "-"))
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
  return { authorization: `Bearer ${token}` };
}

/** Headers with a fresh API token of the given role; works with createTestApp too, which has no JWT secret. */
export async function apiTokenHeaders(runner: QueryRunner, role: AccessRole, name = `test ${role} token`): Promise<Record<string, string>> {
  const { token } = await issueApiToken(runner, TEST_SETUP_USER, name, role);
  return { authorization: `Bearer ${token}` };
}
