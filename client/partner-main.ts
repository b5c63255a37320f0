// Entry point of a partner's self-assessment page (opened from their personal link).
import { startPartnerPage } from "./app/partner-page.ts";

startPartnerPage().catch((error: unknown) => {
  const root = document.getElementById("partner-root");
  if (root) root.textContent = "This page failed to start. Reload it; if it keeps failing, ask the person who sent you the link.";
  console.error(error);
});
