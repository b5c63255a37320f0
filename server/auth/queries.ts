/** Named Cypher files of access control (cypher/auth/). */
export const authQueries = {
  findApiToken: "auth/find-api-token",
  createApiToken: "auth/create-api-token",
  revokeApiToken: "auth/revoke-api-token",
  listApiTokens: "auth/list-api-tokens",
} as const;
