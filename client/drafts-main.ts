// Entry point of the drafts page.
import { startDraftsPage } from "./app/drafts-page.ts";

startDraftsPage().catch((error: unknown) => {
  const status = document.getElementById("draft-status");
  if (status) status.textContent = "This page failed to start. Reload it; if it keeps failing, tell the service's administrator.";
  console.error(error);
});
