import { defineJob } from "../job-manifest.ts";
import { registerBoardPaperRoute } from "./board-paper-route.ts";

/** The board-paper job: a board's review and health check as a Word document. It has no GraphQL fields of its own. */
export const boardPaperJob = defineJob("board-paper", {}, registerBoardPaperRoute);
