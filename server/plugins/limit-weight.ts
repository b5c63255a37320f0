import { type ASTVisitor, getNamedType, isObjectType, Kind, type SelectionSetNode, type ValidationContext } from "graphql";
import { govError } from "../errors.ts";
import { weightOf } from "./field-weights.ts";

/**
 * A validation rule: the weighted cost of an operation, the sum of
 * FIELD_WEIGHTS over every field it selects (each alias and each use of a
 * fragment counts again), stays within `maxWeight`. graphql-armor's cost limit
 * weighs every object alike; this one knows that a healthCheck costs twenty
 * times an oversightChain.
 */
export function limitWeight(maxWeight: number): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const weighOf = (selectionSet: SelectionSetNode, parentType: string, seen: ReadonlySet<string>): number => {
        let total = 0;
        for (const selection of selectionSet.selections) {
          if (selection.kind === Kind.FIELD) {
            total += weightOf(parentType, selection.name.value);
            const parent = schema.getType(parentType);
            const field = isObjectType(parent) ? parent.getFields()[selection.name.value] : undefined;
            if (field && selection.selectionSet) total += weighOf(selection.selectionSet, getNamedType(field.type).name, seen);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            total += weighOf(selection.selectionSet, selection.typeCondition?.name.value ?? parentType, seen);
          } else if (!seen.has(selection.name.value)) {
            const fragment = context.getFragment(selection.name.value);
            if (fragment) total += weighOf(fragment.selectionSet, fragment.typeCondition.name.value, new Set([...seen, selection.name.value]));
          }
        }
        return total;
      };
      const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : undefined;
      if (!root) return;
      const weight = weighOf(operation.selectionSet, root.name, new Set());
      if (weight > maxWeight) {
        context.reportError(
          govError("GOV_QUERY_LIMIT_EXCEEDED", {
            detail: `weighted cost limit of ${maxWeight} exceeded, found ${weight} (healthCheck weighs 210, reportingLines 125: server/plugins/field-weights.ts); split it into several requests`,
            weight,
            maxWeight,
          }),
        );
      }
    },
  });
}
