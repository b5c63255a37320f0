// Entry point of the terms-of-reference register page.
import { startRegisterPage } from "./app/register-page.ts";

startRegisterPage().catch((error: unknown) => {
  const root = document.getElementById("register-root");
  if (root) root.textContent = "This page failed to start. Reload it; if it keeps failing, tell the service's administrator.";
  console.error(error);
});
