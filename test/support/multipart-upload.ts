import type { FastifyInstance } from "fastify";
import type { GraphQLAnswer } from "./test-app.ts";

/** Sends one GraphQL operation with a file, as the GraphQL multipart request spec lays it out. */
export async function uploadGraphql<T = Record<string, unknown>>(
  app: FastifyInstance,
  query: string,
  variables: Record<string, unknown>,
  file: { name: string; type: string; bytes: Uint8Array },
  headers: Record<string, string> = {},
): Promise<{ status: number; answer: GraphQLAnswer<T> }> {
  const boundary = "----draft-upload-boundary";
  const part = (name: string, body: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${body}\r\n`;
  const head = part("operations", JSON.stringify({ query, variables: { ...variables, file: null } })) + part("map", JSON.stringify({ 0: ["variables.file"] }));
  const fileHead = `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head + fileHead), Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const response = await app.inject({
    method: "POST",
    url: "/graphql",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "x-graphql-yoga-csrf": "1", ...headers },
    payload,
  });
  return { status: response.statusCode, answer: response.json() as GraphQLAnswer<T> };
}
