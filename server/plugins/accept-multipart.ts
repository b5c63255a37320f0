import type { FastifyInstance } from "fastify";
import { ERRORS } from "../errors.ts";

/** Room for the multipart envelope (the operation, the map) around the file itself. */
const ENVELOPE_BYTES = 1_048_576;

/**
 * Lets GraphQL multipart requests (file uploads, document drafts) through to
 * yoga, which reads the stream itself: fastify would answer 415 otherwise. A
 * declared length past the draft limit is refused before anything is read.
 */
export function acceptMultipart(app: FastifyInstance, maxFileBytes: number): void {
  app.addContentTypeParser("multipart/form-data", (request, _payload, done) => {
    const length = Number(request.headers["content-length"] ?? 0);
    if (length > maxFileBytes + ENVELOPE_BYTES) {
      const error = Object.assign(new Error(ERRORS.GOV_DRAFT_TOO_LARGE.message.replace("{detail}", `the request is ${length} bytes; the limit is ${maxFileBytes} (DRAFT_MAX_BYTES)`)), {
        statusCode: 413,
        code: "GOV_DRAFT_TOO_LARGE",
      });
      done(error, undefined);
      return;
    }
    done(null, undefined);
  });
}
