// Entry point of a board's terms-of-reference review page.
import { startReviewPage } from "./app/review-page.ts";

startReviewPage().catch((error: unknown) => {
  const root = document.getElementById("review-root");
  if (root) root.textContent = "This page failed to start. Reload it; if it keeps failing, tell the service's administrator.";
  console.error(error);
});
