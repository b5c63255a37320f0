/** Named Cypher files of the editing job (cypher/editing/, cypher/audit/). */
export const editingQueries = {
  resolveReferences: "editing/resolve-references",
  lockEntity: "editing/lock-entity",
  createEntity: "editing/create-entity",
  replaceEntity: "editing/replace-entity",
  moveEntityArea: "editing/move-entity-area",
  lockRelationship: "editing/lock-relationship",
  createRelationship: "editing/create-relationship",
  replaceRelationship: "editing/replace-relationship",
  listRelationships: "editing/list-relationships",
  recordAuditEntries: "audit/record-audit-entries",
  entityHistory: "audit/entity-history",
  auditLog: "audit/audit-log",
} as const;

/** Named Cypher files that only the editing job's tests use (cypher/test-fixtures/). */
export const editingTestQueries = {
  graphSnapshot: "test-fixtures/graph-snapshot",
} as const;
