import {
  type ASTVisitor,
  type FieldNode,
  getIntrospectionQuery,
  Kind,
  parse,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import { govError } from "../errors.ts";

interface Size {
  /** Deepest field below __schema/__type, counting fields only (fragments are flattened). */
  depth: number;
  /** Fields selected below __schema/__type, each fragment spread counted every time it is used. */
  fields: number;
}

type FragmentLookup = (name: string) => SelectionSetNode | undefined;

function sizeOf(selectionSet: SelectionSetNode, fragment: FragmentLookup, depth: number, seen: ReadonlySet<string>): Size {
  let size: Size = { depth, fields: 0 };
  for (const selection of selectionSet.selections) {
    let inner: Size | undefined;
    if (selection.kind === Kind.FIELD) {
      inner = selection.selectionSet ? sizeOf(selection.selectionSet, fragment, depth + 1, seen) : { depth: depth + 1, fields: 0 };
      inner = { ...inner, fields: inner.fields + 1 };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = sizeOf(selection.selectionSet, fragment, depth, seen);
    } else {
      const name = selection.name.value;
      const body = seen.has(name) ? undefined : fragment(name);
      // A fragment that spreads itself is refused by graphql-js's own NoFragmentCycles rule; here it simply stops.
      if (body) inner = sizeOf(body, fragment, depth, new Set([...seen, name]));
    }
    if (inner) size = { depth: Math.max(size.depth, inner.depth), fields: size.fields + inner.fields };
  }
  return size;
}

function introspectionSize(field: FieldNode, fragment: FragmentLookup): Size {
  const inner = field.selectionSet ? sizeOf(field.selectionSet, fragment, 1, new Set()) : { depth: 1, fields: 0 };
  return { depth: inner.depth, fields: inner.fields + 1 };
}

/** GraphiQL's own introspection query, with every option on: the largest introspection a real client sends. */
function graphiqlQuerySize(): Size {
  const document = parse(
    getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
  );
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const schemaField = operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD) : undefined;
  if (schemaField?.kind !== Kind.FIELD) throw new Error("graphql-js's introspection query has no __schema field");
  return introspectionSize(schemaField, (name) => fragments.get(name));
}

/**
 * The limits on introspection: as deep and as large as GraphiQL's own query,
 * and no more. graphql-armor leaves __schema out of its depth and cost limits
 * (its limits, with fragment spreads counted as a level, would refuse the
 * query GraphiQL needs); without a bound, nested `ofType { ofType { ... } }`
 * or many aliased copies of __schema would cost the service as much as any
 * deep query. Aliases are limited by armor for introspection as for everything.
 */
export const INTROSPECTION_LIMITS: Size = graphiqlQuerySize();

/** A validation rule: every __schema and __type selection of an operation together stay within INTROSPECTION_LIMITS. */
export function limitIntrospection(limits: Size = INTROSPECTION_LIMITS): (context: ValidationContext) => ASTVisitor {
  return (context) => {
    const fragment: FragmentLookup = (name) => context.getFragment(name)?.selectionSet;
    return {
      OperationDefinition(operation) {
        let total: Size = { depth: 0, fields: 0 };
        const visit = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>) => {
          for (const selection of selectionSet.selections) {
            if (selection.kind === Kind.FIELD) {
              if (selection.name.value === "__schema" || selection.name.value === "__type") {
                const size = introspectionSize(selection, fragment);
                total = { depth: Math.max(total.depth, size.depth), fields: total.fields + size.fields };
              } else if (selection.selectionSet) {
                visit(selection.selectionSet, seen);
              }
            } else if (selection.kind === Kind.INLINE_FRAGMENT) {
              visit(selection.selectionSet, seen);
            } else if (!seen.has(selection.name.value)) {
              const body = fragment(selection.name.value);
              if (body) visit(body, new Set([...seen, selection.name.value]));
            }
          }
        };
        visit(operation.selectionSet, new Set());
        if (total.depth > limits.depth) {
          context.reportError(
            govError("GOV_QUERY_LIMIT_EXCEEDED", { detail: `introspection depth limit of ${limits.depth} (GraphiQL's own query) exceeded, found ${total.depth}` }),
          );
        } else if (total.fields > limits.fields) {
          context.reportError(
            govError("GOV_QUERY_LIMIT_EXCEEDED", {
              detail: `introspection size limit of ${limits.fields} fields (GraphiQL's own query) exceeded, found ${total.fields}`,
            }),
          );
        }
      },
    };
  };
}
