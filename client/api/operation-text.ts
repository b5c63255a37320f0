import { type DocumentNode, getOperationAST, print } from "graphql";

/** What is sent to /graphql for one document. */
export interface OperationText {
  operationName: string;
  /** The operation and the fragments it spreads, as the generator inlined them. */
  query: string;
}

// Printed once per document: the same few documents are sent again and again.
const printed = new WeakMap<DocumentNode, OperationText>();

/** The name and text of a generated document's one operation. */
export function operationText(document: DocumentNode): OperationText {
  const known = printed.get(document);
  if (known) return known;
  const operationName = getOperationAST(document)?.name?.value;
  if (!operationName) throw new Error("A client document must hold exactly one named operation");
  const text = { operationName, query: print(document) };
  printed.set(document, text);
  return text;
}
