// Entry point of the browser client: lists the source documents the graph holds.
const status = document.querySelector<HTMLParagraphElement>("#status");
const list = document.querySelector<HTMLUListElement>("#documents");

async function start(): Promise<void> {
  const response = await fetch("./graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ documents { file title date } }" }),
  });
  const body = (await response.json()) as { data?: { documents: { file: string; title: string; date: string }[] }; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join("; ") ?? "No answer");
  for (const doc of body.data.documents) {
    const item = document.createElement("li");
    item.textContent = `${doc.date} — ${doc.title} (${doc.file})`;
    list?.append(item);
  }
  if (status) status.textContent = `${body.data.documents.length} source documents loaded.`;
}

start().catch((error: unknown) => {
  if (status) status.textContent = `Could not reach the service: ${error instanceof Error ? error.message : String(error)}`;
});
