import type { GraphContext } from "../../context.ts";
import { decodeSources, EntityRecord, encodeSource } from "../../domain/entity-record.ts";
import { citationWords } from "../../domain/last-evidenced.ts";
import { govError } from "../../errors.ts";
import { requireRole } from "../../graph/access.ts";
import { recordAudit } from "../../graph/audit.ts";
import { NODE_CORE_KEYS, type Stored, toStoredParams } from "../../graph/stored-values.ts";
import { parseInput } from "../parse-input.ts";
import { ConfirmLastEvidencedArgs } from "./inputs.ts";

const MARK_KEYS = ["lastEvidencedOn", "lastEvidencedIn", "lastEvidencedRule"] as const;

/**
 * An editor settles a fact marked last evidenced: it ENDED on a date (the node
 * ends then, citing the source) or it STILL_STANDS on a date (the source is
 * added, dated then, so the rule does not mark it again). One transaction with
 * its audit entry; nothing else ends a marked fact.
 */
export async function confirmLastEvidenced(args: unknown, { runner, user }: GraphContext): Promise<EntityRecord> {
  const actor = requireRole(user, "editor", "confirmLastEvidenced");
  const { id, expectedVersion, outcome, on, source } = parseInput(ConfirmLastEvidencedArgs, args);
  return runner.writeTransaction(async (tx) => {
    const [row] = await tx.run("last-evidenced/lock-marked-node", { id });
    if (!row) throw govError("GOV_NOT_FOUND", { kind: "node", id, path: ["id"] });
    const { label: _label, ...before } = row.entity;
    const currentVersion = Number(before.version);
    if (currentVersion !== expectedVersion) {
      throw govError("GOV_CONFLICT", {
        detail: `"${id}" is at version ${currentVersion}, not the expected version ${expectedVersion}: someone changed it since you read it`,
        path: ["expectedVersion"],
        currentVersion,
        expectedVersion,
      });
    }
    if (!before.lastEvidencedOn) {
      throw govError("GOV_INPUT_INVALID", { detail: `"${id}" is not marked last evidenced: end or update it instead`, path: ["id"] });
    }
    if (before.validTo) {
      throw govError("GOV_ALREADY_ENDED", { detail: `"${id}" ended on ${String(before.validTo)}`, path: ["id"], validTo: String(before.validTo) });
    }
    const [refs] = await tx.run("graph/resolve-references", { ids: [], documents: [source.document] });
    const documentDate = refs?.documents.find((doc) => doc.file === source.document)?.date;
    if (!documentDate) throw govError("GOV_NOT_FOUND", { kind: "document", id: source.document, path: ["source", "document"] });
    if (outcome === "ENDED" && before.validFrom && on < String(before.validFrom)) {
      throw govError("GOV_DATE_ORDER_INVALID", { detail: `${on} is before "${id}" began (${String(before.validFrom)})`, path: ["on"] });
    }
    if (outcome === "STILL_STANDS" && on < String(before.lastEvidencedOn)) {
      throw govError("GOV_INPUT_INVALID", { detail: `${on} is before the last evidence (${String(before.lastEvidencedOn)}): give a later date`, path: ["on"] });
    }

    // An end is stated by the document; standing is confirmed as of the date the editor gives.
    const citation = { document: source.document, section: source.section, date: outcome === "ENDED" ? documentDate : on };
    const sources = (before.sources as string[] | undefined) ?? [];
    const after: Stored = { ...before, version: currentVersion + 1 };
    for (const key of MARK_KEYS) delete after[key];
    if (!decodeSources(sources).some((s) => s.document === citation.document && s.section === citation.section && s.date === citation.date)) {
      after.sources = [...sources, encodeSource(citation)];
    }
    if (outcome === "ENDED") after.validTo = on;
    else Object.assign(after, { confirmedStandingOn: on, confirmedStandingIn: citationWords(citation) });

    const [stored] = await tx.run("last-evidenced/store-settled-node", { id, properties: toStoredParams(after, NODE_CORE_KEYS) });
    const { label: _l, ...written } = stored?.entity ?? after;
    await recordAudit(tx, actor, [{ action: "confirmLastEvidenced", entityId: id, before, after: written }]);
    return EntityRecord.parse(stored?.entity);
  });
}
