import { defineJob } from "../job-manifest.ts";
import { importExportResolvers } from "./resolvers.ts";

/** The import-export job, as the app lists it in server/jobs.ts. */
export const importExportJob = defineJob("import-export", importExportResolvers);
