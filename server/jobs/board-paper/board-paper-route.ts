/**
 * GET /reports/board/<board id>.docx?asOf=<date>: the board paper as a Word
 * document. It asks GraphQL with the caller's own credentials, so the paper
 * shows what that caller may read, and nothing else.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { type ErrorCode, errorBody, govError } from "../../errors.ts";
import { today } from "../../graph/clock.ts";
import { EntityId, IsoDate } from "../../graph/scalars.ts";
import type { JobRouteDeps } from "../job-manifest.ts";
import { buildBoardPaper } from "./build-paper.ts";
import { BOARD_PAPER_QUERY, BoardPaperData } from "./paper-query.ts";

const Params = z.object({ file: z.string().regex(/\.docx$/, "must end in .docx").transform((file) => file.slice(0, -".docx".length)).pipe(EntityId) });
const Query = z.object({ asOf: IsoDate.optional() });

const STATUS_OF: Partial<Record<string, number>> = { GOV_INPUT_INVALID: 400, GOV_UNAUTHENTICATED: 401, GOV_FORBIDDEN: 403, GOV_NOT_FOUND: 404, GOV_QUERY_LIMIT_EXCEEDED: 400 };

// The code comes from our own GraphQL answer, and every error of ours carries a registry code.
function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).type("application/json; charset=utf-8").send(errorBody(code as ErrorCode, message));
}

function refuseWith(reply: FastifyReply, status: number, code: ErrorCode, values: Record<string, unknown>) {
  return refuse(reply, status, code, govError(code, values).message);
}

/** The caller's credentials, passed on to GraphQL unchanged. */
function credentials(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ["authorization", "cookie"]) {
    const value = headers[name];
    if (typeof value === "string") out[name] = value;
  }
  // The request is the service's own, made for this GET: it changes nothing, so yoga's CSRF check is satisfied for it.
  out["x-graphql-yoga-csrf"] = "1";
  return out;
}

export function registerBoardPaperRoute(app: FastifyInstance, { graphql }: JobRouteDeps): void {
  app.get("/reports/board/:file", async (request, reply) => {
    const params = Params.safeParse(request.params);
    if (!params.success) return refuseWith(reply, 400, "GOV_INPUT_INVALID", { detail: `path: ${params.error.issues[0]?.message ?? "not a board id"} (/reports/board/<board id>.docx)` });
    const query = Query.safeParse(request.query);
    if (!query.success) return refuseWith(reply, 400, "GOV_INPUT_INVALID", { detail: "asOf: must be a date, YYYY-MM-DD" });
    const boardId = params.data.file;
    const asOf = query.data.asOf ?? today();

    const answer = await graphql(BOARD_PAPER_QUERY, { boardId, asOf }, credentials(request.headers));
    const first = answer.errors?.[0];
    if (first) {
      const code = String(first.extensions?.code ?? "UNEXPECTED");
      return refuse(reply, STATUS_OF[code] ?? 500, code, first.message);
    }
    const data = BoardPaperData.parse(answer.data);
    if (!data.board) return refuseWith(reply, 404, "GOV_NOT_FOUND", { kind: "board", id: boardId });
    const document = await buildBoardPaper(data, asOf);
    return reply
      .type("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
      .header("content-disposition", `attachment; filename="board-paper-${boardId}-${asOf}.docx"`)
      .header("cache-control", "private, no-store")
      .send(document);
  });
}
