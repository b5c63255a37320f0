import { XMLParser, XMLValidator } from "fast-xml-parser";
import { cleanText } from "./decode-entities.ts";
import type { MgAttendee, MgCommittee, MgCouncillor, MgMeeting, MgMeetingDetail } from "./moderngov-records.ts";
import { UnusableAnswer } from "./sync-errors.ts";

type XmlNode = Record<string, unknown>;

// Attributes and child elements read alike (servers differ), every value as text, namespaces dropped (SOAP).
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
});

/**
 * The XML document of one answer, unwrapped from its SOAP envelope
 * (`<OperationResponse><OperationResult>`) when it came by POST.
 * @throws UnusableAnswer for an empty answer, an HTML page, or malformed XML (with its line)
 */
export function parseAnswer(text: string, operation: string): XmlNode {
  const body = text.replace(/^\uFEFF/, "").trim();
  if (body === "") throw new UnusableAnswer("the answer was empty");
  if (/^(<!doctype html|<html[\s>])/i.test(body)) throw new UnusableAnswer("an HTML page came back where XML was expected");
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new UnusableAnswer(`malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const document = parser.parse(body) as XmlNode;
  const envelope = document.Envelope as XmlNode | undefined;
  if (!envelope) return document;
  const soapBody = (envelope.Body ?? {}) as XmlNode;
  if (soapBody.Fault) throw new UnusableAnswer(`SOAP fault: ${cleanText((soapBody.Fault as XmlNode).faultstring)}`);
  const response = soapBody[`${operation}Response`] as XmlNode | undefined;
  const result = response?.[`${operation}Result`];
  if (result === undefined || result === "") throw new UnusableAnswer(`the SOAP answer holds no ${operation}Result`);
  return typeof result === "object" ? (result as XmlNode) : {};
}

/** Every element called `name` anywhere below `node`, in document order. */
function findAll(node: unknown, name: string, out: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) {
    for (const item of node) findAll(item, name, out);
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as XmlNode)) {
      if (key === name) {
        for (const item of Array.isArray(value) ? value : [value]) out.push(item && typeof item === "object" ? (item as XmlNode) : {});
      } else {
        findAll(value, name, out);
      }
    }
  }
  return out;
}

function hasElement(node: unknown, name: string): boolean {
  return findAll(node, name).length > 0;
}

const text = (node: XmlNode, key: string) => cleanText(node[key]);
const flag = (node: XmlNode, key: string) => text(node, key).toLowerCase() === "true";

/**
 * ModernGov dates are dd/mm/yyyy (sometimes with a time); a few servers give ISO.
 * @throws UnusableAnswer for anything else
 */
export function moderngovDate(value: string): string {
  const british = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const [year, month, day] = british ? [british[3], british[2], british[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) throw new UnusableAnswer(`"${value}" is not a date`);
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) throw new UnusableAnswer(`"${value}" is not a calendar date`);
  return date;
}

/** @throws UnusableAnswer when the answer is not a list of committees */
export function parseCommittees(document: XmlNode): MgCommittee[] {
  if (!hasElement(document, "committees")) throw new UnusableAnswer("expected <committees>, found another document");
  return findAll(document, "committee")
    .map((node) => ({
      id: text(node, "committeeid"),
      title: text(node, "committeetitle"),
      category: text(node, "committeecategory") || null,
      deleted: flag(node, "committeedeleted"),
      expired: flag(node, "committeeexpired"),
    }))
    .filter((committee) => committee.id !== "");
}

/** @throws UnusableAnswer when the answer is not a list of meetings or a meeting has no date */
export function parseMeetings(document: XmlNode): MgMeeting[] {
  if (!hasElement(document, "getmeetings")) throw new UnusableAnswer("expected <getmeetings>, found another document");
  return findAll(document, "meeting")
    .filter((node) => text(node, "meetingid") !== "")
    .map((node) => ({ id: text(node, "meetingid"), date: moderngovDate(text(node, "meetingdate")), status: text(node, "meetingstatus") }));
}

/** @throws UnusableAnswer when the answer holds no meeting */
export function parseMeeting(document: XmlNode, meetingId: string): MgMeetingDetail {
  const meeting = findAll(document, "meeting").find((node) => text(node, "meetingid") === meetingId || text(node, "meetingid") === "") ?? null;
  if (!meeting || !hasElement(document, "meetingdate")) throw new UnusableAnswer(`expected meeting ${meetingId}, found another document`);
  const attendees: MgAttendee[] = findAll(meeting, "attendee")
    .map((node) => ({
      memberId: text(node, "memberid"),
      name: text(node, "name"),
      role: text(node, "roledescription"),
      attendance: text(node, "attendance"),
      representing: text(node, "representing"),
      keyPosts: text(node, "keyposts"),
      party: text(node, "politicalparty"),
    }))
    .filter((attendee) => attendee.memberId !== "" && attendee.name !== "");
  const date = text(meeting, "meetingdate") || cleanText(findAll(document, "meetingdate")[0]);
  return { id: meetingId, date: moderngovDate(date), status: text(meeting, "meetingstatus"), attendees };
}

/**
 * Councillors by their ModernGov id: name, party and key posts only. Addresses,
 * phones, e-mails and photographs are in the answer and are deliberately not read.
 */
export function parseCouncillors(document: XmlNode): MgCouncillor[] {
  if (!hasElement(document, "councillorsbyward")) throw new UnusableAnswer("expected <councillorsbyward>, found another document");
  return findAll(document, "councillor")
    .map((node) => ({
      id: text(node, "councillorid"),
      name: text(node, "fullusername").replace(/^(Councillor|Cllr\.?)\s+/i, ""),
      party: text(node, "politicalpartytitle"),
      keyPosts: text(node, "keyposts"),
    }))
    .filter((councillor) => councillor.id !== "" && councillor.name !== "");
}
