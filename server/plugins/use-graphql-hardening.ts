import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { GraphQLError, ValidationContext } from "graphql";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../config.ts";
import { govError } from "../errors.ts";
import { limitIntrospection } from "./limit-introspection.ts";
import { limitWeight } from "./limit-weight.ts";

type HardeningConfig = Pick<
  Config,
  "INTROSPECTION" | "GRAPHQL_MAX_DEPTH" | "GRAPHQL_MAX_COST" | "GRAPHQL_MAX_ALIASES" | "GRAPHQL_MAX_TOKENS" | "GRAPHQL_MAX_DIRECTIVES"
> &
  Partial<Pick<Config, "GRAPHQL_MAX_WEIGHT">>;

/** Armor reports limits as bare "Syntax Error"s; ours carry a code like every other refusal. */
function rejectWithCode(context: ValidationContext | null, error: GraphQLError): void {
  const coded = govError("GOV_QUERY_LIMIT_EXCEEDED", { detail: error.message.replace(/^Syntax Error: /, "") });
  // The token limit is checked while parsing, before any validation context exists.
  if (!context) throw coded;
  context.reportError(coded);
}

const coded = { propagateOnRejection: false, onReject: [rejectWithCode] };

/**
 * Limits what one operation may ask for (depth, cost, aliases, tokens,
 * directives: GraphQL Armor), hides field suggestions that would map the
 * schema, and turns introspection off unless INTROSPECTION allows it.
 */
export function useGraphqlHardening(config: HardeningConfig): Plugin[] {
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      // Armor skips __schema; limitIntrospection (below) bounds it instead, by the size of GraphiQL's own query.
      maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ...coded },
      costLimit: { maxCost: config.GRAPHQL_MAX_COST, ...coded },
      maxAliases: { n: config.GRAPHQL_MAX_ALIASES, ...coded },
      maxTokens: { n: config.GRAPHQL_MAX_TOKENS, ...coded },
      maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES, ...coded },
      blockFieldSuggestion: { enabled: !config.INTROSPECTION },
    }) as Plugin,
  ];
  plugins.push({
    onValidate({ addValidationRule }) {
      addValidationRule(limitIntrospection());
      if (config.GRAPHQL_MAX_WEIGHT) addValidationRule(limitWeight(config.GRAPHQL_MAX_WEIGHT));
    },
  });
  if (!config.INTROSPECTION) {
    plugins.push({
      onValidate({ addValidationRule }) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
      },
    });
  }
  return plugins;
}
