import { z } from "zod";
import { type AccessRole, requireRole } from "../../graph/access.ts";
import { type ApiTokenRecord, issueApiToken, listApiTokens, revokeApiToken } from "./manage-api-tokens.ts";
import type { AccessRole as GraphqlAccessRole, Resolvers } from "../../generated/graphql.ts";
import { parseInput } from "../parse-input.ts";

const CreateApiTokenArgs = z.object({
  name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  role: z.enum(["VIEWER", "EDITOR", "ADMIN"]).transform((role) => role.toLowerCase() as AccessRole),
  areas: z.array(z.string().trim().min(1, "must not be empty").max(200)).max(100).nullish(),
});
const RevokeApiTokenArgs = z.object({ id: z.string().min(1).max(200) });

const upper = (role: string) => role.toUpperCase() as GraphqlAccessRole;
const shown = (token: ApiTokenRecord) => ({ ...token, role: upper(token.role) });

/** Who is calling, and the admin's management of API tokens. */
export const accessResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, { user }) => (user ? { name: user.name, role: upper(user.role), via: user.via, areas: user.areas ? [...user.areas] : null } : null),
    listApiTokens: async (_parent, _args, { user, runner }) => {
      requireRole(user, "admin", "listApiTokens");
      return (await listApiTokens(runner)).map(shown);
    },
  },
  Mutation: {
    createApiToken: async (_parent, args, { user, runner }) => {
      const actor = requireRole(user, "admin", "createApiToken");
      const { name, role, areas } = parseInput(CreateApiTokenArgs, args);
      const { token, apiToken } = await issueApiToken(runner, actor, name, role, areas ?? null);
      return { token, apiToken: shown(apiToken) };
    },
    revokeApiToken: async (_parent, args, { user, runner }) => {
      const actor = requireRole(user, "admin", "revokeApiToken");
      const { id } = parseInput(RevokeApiTokenArgs, args);
      return shown(await revokeApiToken(runner, actor, id));
    },
  },
};
