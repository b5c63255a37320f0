import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { AuthUser } from "../graph/access.ts";
import { requireRole } from "../graph/access.ts";

/**
 * Every mutation, whichever job defines it, needs at least the editor role:
 * a job cannot forget the check. Fields that need more (admin) check again in
 * their resolver.
 */
export function useMutationGuard(): Plugin<{ user?: AuthUser | null }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== "mutation") return;
      try {
        requireRole(args.contextValue.user, "editor", "a mutation");
      } catch (error) {
        setResultAndStopExecution({ errors: [error as never] });
      }
    },
  };
}
