// Entry point of the browser client.
import { startApp } from "./app/app.ts";

startApp().catch((error: unknown) => {
  // Last resort: the page itself failed; say so where the diagram would be.
  const status = document.getElementById("status");
  if (status) status.textContent = "This page failed to start. Reload it; if it keeps failing, tell the service's administrator.";
  console.error(error);
});
