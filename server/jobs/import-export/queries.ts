/** Named Cypher files of import and export (cypher/import-export/). */
export const importExportQueries = {
  snapshotNodes: "import-export/snapshot-nodes",
  snapshotRelationships: "import-export/snapshot-relationships",
  stampNodes: "import-export/stamp-nodes",
  stampRelationships: "import-export/stamp-relationships",
  exportScope: "import-export/export-scope",
} as const;
