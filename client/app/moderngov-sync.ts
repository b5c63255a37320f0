import { ApiError, createGraphqlClient } from "../api/graphql-client.ts";
import {
  type ModernGovSyncFieldsFragment,
  ModernGovSyncProgressDocument,
  ModernGovSyncsDocument,
  StartModernGovSyncDocument,
} from "../generated/graphql.ts";
import { byId, replaceChildren } from "../ui/dom.ts";
import { type ModernGovPanelModel, type ModernGovSyncForm, moderngovSyncPanel } from "../ui/moderngov-sync-panel.ts";

export interface ModernGovSyncOptions {
  /** The area shown, or null when none is chosen. */
  currentArea: () => string | null;
  areaName: (id: string | null) => string;
}

const reader = createGraphqlClient();

/** A client that signs its requests with an API token, for this one request (a signed-in editor needs none). */
function signedClient(token: string) {
  return createGraphqlClient({
    fetch: (input, init) => globalThis.fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${token}` } }),
  });
}

function formErrors(form: ModernGovSyncForm): ModernGovPanelModel["errors"] {
  const errors: ModernGovPanelModel["errors"] = [];
  if (!/^https?:\/\/[^/\s]+/.test(form.baseUrl)) errors.push({ field: "baseUrl", message: "Enter the ModernGov site's address, starting https://" });
  return errors;
}

/** The toolbar's ModernGov button: a dialog with the area's last sync, its report, and the editor's sync form; it polls a running sync. */
export function bindModernGovSync(options: ModernGovSyncOptions): void {
  const button = byId<HTMLButtonElement>("moderngov-button");
  const dialog = byId<HTMLDialogElement>("moderngov-dialog");
  const body = byId("moderngov-body");
  let model: ModernGovPanelModel = { areaName: "", lastSync: null, errors: [], busy: false };

  const draw = () => {
    replaceChildren(body, moderngovSyncPanel(model, submit));
    if (model.errors.length > 0) body.querySelector<HTMLElement>(".error-summary")?.focus();
  };

  async function follow(sync: ModernGovSyncFieldsFragment) {
    model = { ...model, lastSync: sync, busy: sync.state === "QUEUED" || sync.state === "RUNNING" };
    draw();
    while (model.busy && dialog.open) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const { modernGovSync } = await reader(ModernGovSyncProgressDocument, { id: sync.id });
      if (!modernGovSync) break;
      model = { ...model, lastSync: modernGovSync, busy: modernGovSync.state === "QUEUED" || modernGovSync.state === "RUNNING" };
      draw();
    }
  }

  async function submit(form: ModernGovSyncForm) {
    const errors = formErrors(form);
    model = { ...model, errors };
    if (errors.length > 0) return draw();
    try {
      const { importFromModernGov } = await (form.token ? signedClient(form.token) : reader)(StartModernGovSyncDocument, { baseUrl: form.baseUrl, areaId: options.currentArea(), dryRun: form.dryRun });
      await follow(importFromModernGov);
    } catch (error) {
      const message = error instanceof ApiError ? error.userMessage : "The sync could not be started.";
      const field = error instanceof ApiError && /UNAUTHENTICATED|FORBIDDEN/.test(error.code) ? "token" : "baseUrl";
      model = { ...model, busy: false, errors: [{ field, message }] };
      draw();
    }
  }

  button.addEventListener("click", async () => {
    const area = options.currentArea();
    model = { areaName: options.areaName(area), lastSync: null, errors: [], busy: false };
    draw();
    dialog.showModal();
    if (!area) return;
    try {
      const { modernGovSyncs } = await reader(ModernGovSyncsDocument, { areaId: area });
      if (modernGovSyncs[0]) await follow(modernGovSyncs[0]);
    } catch {
      // The form still works; the last sync is simply not shown.
    }
  });
}
