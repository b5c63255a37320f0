import type { FastifyReply, FastifyRequest } from "fastify";
import { ERRORS, type ErrorCode, errorBody } from "../errors.ts";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A person's browser navigating (a link, a redirect) asks for HTML; scripts and fetch calls do not. */
export function wantsPage(request: FastifyRequest): boolean {
  return /\btext\/html\b/.test(String(request.headers.accept ?? ""));
}

/**
 * Refuses a sign-in route's request: for a browser, a short page in plain words
 * with the code and a way on; for anything else, the JSON every refusal of the service has
 * (`{ code, message, errors: [{ message, extensions: { code } }] }`, docs/errors.md).
 */
export function refuseSignIn(request: FastifyRequest, reply: FastifyReply, status: number, code: ErrorCode, detail: string): FastifyReply {
  const message = ERRORS[code].message.replace("{detail}", detail);
  reply.status(status).header("cache-control", "no-store");
  if (!wantsPage(request)) return reply.type("application/json").send(errorBody(code, message));
  const page = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign-in: ${escapeHtml(code)}</title></head>
<body>
<main>
<h1>You are not signed in</h1>
<p>${escapeHtml(message)}</p>
<p>Error code: <code>${escapeHtml(code)}</code></p>
<p><a href="/">Back to the diagram</a></p>
</main>
</body>
</html>
`;
  return reply.type("text/html; charset=utf-8").send(page);
}
