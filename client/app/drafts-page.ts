// The drafts page: upload a document, review the facts it proposes beside its
// text, accept (as proposed or corrected), reject, or decide all of one kind.
import { byId } from "../ui/dom.ts";
import { type FieldError, renderDocumentText, renderFacts, type ReviewActions, type ReviewState, showUploadErrors, type ViewFact } from "../ui/drafts-view.ts";
import { acceptFacts, DraftApiError, type DocumentDraft, decideKind, draftFromDocument, loadAreas, loadDraft, rejectFacts } from "./drafts-api.ts";

/** Which upload field a server error names. */
function uploadField(error: DraftApiError): string {
  const field = String(error.fieldPath[0] ?? "");
  if (field === "title" || field === "date") return `draft-${field}`;
  if (field === "text") return "draft-text-input";
  return "draft-file";
}

export async function startDraftsPage(): Promise<void> {
  const status = byId("draft-status");
  const summary = byId("upload-error-summary");
  const form = byId<HTMLFormElement>("draft-upload");
  let draft: DocumentDraft | null = null;
  const state: ReviewState = { selectedId: null, editingId: null, editErrors: [], busy: false };

  const say = (text: string) => {
    status.textContent = text;
  };

  function render(): void {
    if (!draft) return;
    byId("draft-review").hidden = false;
    const selected = draft.facts.find((fact) => fact.id === state.selectedId) ?? null;
    renderDocumentText(byId("draft-document"), draft, selected);
    renderFacts(byId("draft-facts"), draft, state, actions);
  }

  async function decide(work: () => Promise<DocumentDraft>, done: string): Promise<void> {
    state.busy = true;
    render();
    try {
      draft = await work();
      state.editingId = null;
      state.editErrors = [];
      say(done);
    } catch (error) {
      const message = error instanceof DraftApiError ? `${error.message} (${error.code})` : "Something went wrong: nothing was written.";
      if (state.editingId && error instanceof DraftApiError) {
        const last = String(error.fieldPath.at(-1) ?? "");
        const field: FieldError["field"] = last === "value" ? "value" : last === "subject" ? "subject" : "object";
        state.editErrors = [{ field, message: error.message }];
      }
      say(`Nothing was written. ${message}`);
    } finally {
      state.busy = false;
      render();
    }
  }

  const actions: ReviewActions = {
    select(fact) {
      state.selectedId = fact.id;
      render();
      document.querySelector<HTMLElement>(`[data-fact-id="${CSS.escape(fact.id)}"] .draft-fact-title`)?.focus();
    },
    accept(fact) {
      state.selectedId = fact.id;
      void decide(() => acceptFacts((draft as DocumentDraft).id, [{ factId: fact.id }]), "Accepted: it is now in the graph, citing this document.");
    },
    edit(fact) {
      state.selectedId = fact.id;
      state.editingId = fact.id;
      state.editErrors = [];
      render();
      document.getElementById("edit-subject")?.focus();
    },
    reject(fact) {
      state.selectedId = fact.id;
      void decide(() => rejectFacts((draft as DocumentDraft).id, [fact.id]), "Rejected: it will not be proposed again for this document.");
    },
    acceptEdited(fact: ViewFact, values) {
      const errors: FieldError[] = [];
      if (!values.subject.trim()) errors.push({ field: "subject", message: "Enter who or what the fact is about" });
      if (fact.object && !values.object?.trim()) errors.push({ field: "object", message: "Enter the body or strategy it relates to" });
      if (!fact.object && !values.value?.trim()) errors.push({ field: "value", message: "Enter the value" });
      if (errors.length > 0) {
        state.editErrors = errors;
        render();
        return;
      }
      const decision = {
        factId: fact.id,
        ...(values.subject.trim() !== fact.subject.text ? { subject: values.subject.trim() } : {}),
        ...(fact.object && values.object?.trim() !== fact.object.text ? { object: values.object?.trim() } : {}),
        ...(!fact.object && values.value?.trim() !== fact.value ? { value: values.value?.trim() } : {}),
      };
      void decide(() => acceptFacts((draft as DocumentDraft).id, [decision]), "Accepted with your changes.");
    },
    cancelEdit() {
      state.editingId = null;
      state.editErrors = [];
      render();
    },
    decideKind(kind, accept) {
      void decide(() => decideKind((draft as DocumentDraft).id, kind, accept), accept ? "Accepted every fact of that kind." : "Rejected every fact of that kind.");
    },
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const title = String(data.get("title") ?? "").trim();
    const file = (byId<HTMLInputElement>("draft-file").files ?? [])[0] ?? null;
    const text = String(data.get("text") ?? "").trim();
    const errors: { field: string; message: string }[] = [];
    if (!title) errors.push({ field: "draft-title", message: "Enter the document's title" });
    if (!file && !text) errors.push({ field: "draft-file", message: "Choose a file, or paste the document's text" });
    if (file && text) errors.push({ field: "draft-text-input", message: "Choose a file or paste text, not both" });
    showUploadErrors(summary, errors);
    if (errors.length > 0) return;
    say(file ? `Reading ${file.name}…` : "Reading the text…");
    byId<HTMLButtonElement>("draft-submit").disabled = true;
    try {
      draft = await draftFromDocument({ title, date: String(data.get("date") ?? "") || null, areaId: String(data.get("areaId") ?? "") || null, text: text || null, file });
      state.selectedId = draft.facts[0]?.id ?? null;
      window.history.replaceState(null, "", `?draft=${encodeURIComponent(draft.id)}`);
      say(`${draft.facts.length} fact(s) proposed from ${draft.title} (${draft.format}, ${draft.pageCount} page(s)). Nothing is in the graph until you accept it.`);
      render();
    } catch (error) {
      const apiError = error instanceof DraftApiError ? error : new DraftApiError("The document could not be read.", "UNEXPECTED");
      showUploadErrors(summary, [{ field: uploadField(apiError), message: `${apiError.message} (${apiError.code})` }]);
      say("Nothing was written.");
    } finally {
      byId<HTMLButtonElement>("draft-submit").disabled = false;
    }
  });

  try {
    const areas = await loadAreas();
    const select = byId<HTMLSelectElement>("draft-area");
    for (const area of areas) select.append(new Option(area.name, area.id));
  } catch {
    // The area is optional: without the list, drafts are made with no area.
  }
  const resume = new URLSearchParams(window.location.search).get("draft");
  if (resume) {
    try {
      draft = await loadDraft(resume);
      if (draft) render();
      else say("That draft no longer exists.");
    } catch (error) {
      say(error instanceof DraftApiError ? `${error.message} (${error.code})` : "The draft could not be loaded.");
    }
  }
}
