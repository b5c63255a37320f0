import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*? at "\1((?:\.\w+|\[\d+\])*)"/s;
const WHOLE_VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value /;

/** `input.props[0].date` as ["input", "props", 0, "date"]. */
export function variablePath(message: string): (string | number)[] | undefined {
  const nested = VARIABLE_ERROR.exec(message);
  if (nested?.[1] !== undefined) {
    const rest = [...(nested[2] ?? "").matchAll(/\.(\w+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? String(m[1]) : Number(m[2])));
    return [nested[1], ...rest];
  }
  const whole = WHOLE_VARIABLE_ERROR.exec(message);
  return whole?.[1] ? [whole[1]] : undefined;
}

/**
 * A bad scalar in a variable (a date that is not a date) is refused by
 * graphql-js before any resolver runs, and its error names the field only in
 * its message. This copies that path into `extensions.fieldPath`, where every
 * other input error carries it.
 */
export function useInputErrorPaths(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors || result.data !== undefined) return;
          const errors = result.errors.map((error) => {
            if (error.extensions?.fieldPath) return error;
            const fieldPath = variablePath(error.message);
            if (!fieldPath) return error;
            return new GraphQLError(error.message, {
              nodes: error.nodes,
              originalError: error.originalError,
              extensions: { ...error.extensions, code: error.extensions?.code ?? "GOV_INPUT_INVALID", fieldPath },
            });
          });
          setResult({ ...result, errors });
        },
      };
    },
  };
}
