/** Named Cypher files for looking after the database itself (cypher/maintenance/, cypher/schema/, cypher/health/). */
export const maintenanceQueries = {
  ping: "health/ping",
  appliedMigrations: "schema/applied-migrations",
  recordMigration: "schema/record-migration",
  wipeAll: "maintenance/wipe-all",
} as const;
