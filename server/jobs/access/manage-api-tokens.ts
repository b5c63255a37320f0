import type { ApiTokenRecord } from "./rows.ts";
import { randomUUID } from "node:crypto";
import type { QueryRunner } from "../../db/run-query.ts";
import { govError } from "../../errors.ts";
import { recordAudit } from "../../graph/audit.ts";
import type { AccessRole, AuthUser } from "../../graph/access.ts";
import { generateApiToken } from "../../auth/api-tokens.ts";
import { areasOfNodes } from "../../graph/area-scope.ts";
import type { TransactionRunner } from "../../db/run-query.ts";

/** An API token as stored and listed (never its hash). */

/** Issues a token: the hash is stored, the token is returned once, and the audit log records who issued it. */
export async function issueApiToken(
  runner: QueryRunner,
  actor: AuthUser,
  name: string,
  role: AccessRole,
  areas: readonly string[] | null = null,
): Promise<{ token: string; apiToken: ApiTokenRecord }> {
  const { token, hash } = generateApiToken();
  const id = randomUUID();
  const apiToken = await runner.writeTransaction(async (tx) => {
    if (areas) await requireAreasExist(tx, areas);
    const stored = areas ? [...new Set(areas)] : null;
    const [row] = await tx.run("access/create-api-token", { id, name, role, hash, createdBy: actor.name, areas: stored });
    if (!row) throw new Error("The API token was not stored");
    await recordAudit(tx, actor, [{ action: "createApiToken", before: null, after: { tokenId: id, name, role, areas: stored } }]);
    return { ...row.token, areas: row.token.areas ?? null };
  });
  return { token, apiToken };
}

/** A token limited to an area that does not exist would be limited to nothing, silently. */
async function requireAreasExist(tx: TransactionRunner, areas: readonly string[]): Promise<void> {
  const known = await areasOfNodes(tx, areas);
  areas.forEach((id, index) => {
    if (!known.get(id)?.includes(id)) throw govError("GOV_NOT_FOUND", { kind: "area", id, path: ["areas", index] });
  });
}

export async function revokeApiToken(runner: QueryRunner, actor: AuthUser, id: string): Promise<ApiTokenRecord> {
  return runner.writeTransaction(async (tx) => {
    const [row] = await tx.run("access/revoke-api-token", { id, revokedBy: actor.name });
    if (!row) throw govError("GOV_NOT_FOUND", { kind: "API token", id, path: ["id"] });
    if (!row.wasRevoked) {
      const { name, role } = row.token;
      await recordAudit(tx, actor, [
        { action: "revokeApiToken", before: { tokenId: id, name, role }, after: { tokenId: id, name, role, revokedAt: row.token.revokedAt } },
      ]);
    }
    return row.token;
  });
}

export async function listApiTokens(runner: QueryRunner): Promise<ApiTokenRecord[]> {
  const rows = await runner.read("access/list-api-tokens");
  return rows.map((row) => ({ ...row.token, areas: row.token.areas ?? null }));
}
export type { ApiTokenRecord };
