// Entry point of a board's self-assessment page: rounds, partner links, results.
import { startSelfAssessmentPage } from "./app/self-assessment-page.ts";

startSelfAssessmentPage().catch((error: unknown) => {
  const root = document.getElementById("assessment-root");
  if (root) root.textContent = "This page failed to start. Reload it; if it keeps failing, tell the service's administrator.";
  console.error(error);
});
