// npm run import: a seed file or CSV (the import-export job), or a council's ModernGov site
// with --moderngov (the moderngov-sync job). Each command module runs on import; only the one asked for loads.
if (process.argv.includes("--moderngov")) {
  await import("./jobs/moderngov-sync/sync-cli.ts");
} else {
  await import("./jobs/import-export/import-cli.ts");
}
