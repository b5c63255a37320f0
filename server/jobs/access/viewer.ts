import type { AccessRole as GraphqlAccessRole, Resolvers } from "../../generated/graphql.ts";

/** The caller as the browser needs them. Area limits arrive with the user when the role carries them (a claim, or the API token). */
export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, { user }) => {
      if (!user) return null;
      return { id: user.id, name: user.name, role: user.role.toUpperCase() as GraphqlAccessRole, areaIds: user.areas ? [...user.areas] : [] };
    },
  },
};
