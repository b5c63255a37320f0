import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { cleanText } from "./decode-entities.ts";
import type { MgCommitteePage } from "./moderngov-records.ts";

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (node: Node): node is Element => "tagName" in node;
const childrenOf = (node: Node): DefaultTreeAdapterTypes.ChildNode[] => ("childNodes" in node ? node.childNodes : []);

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (isElement(node) && (node.tagName === "script" || node.tagName === "style")) return "";
  return childrenOf(node).map(textOf).join(" ");
}

function* walk(node: Node): Generator<Element> {
  for (const child of childrenOf(node)) {
    if (isElement(child)) {
      yield child;
      yield* walk(child);
    }
  }
}

const HEADING = /^h[1-6]$/;

/** The elements after a heading up to the next heading of its parent: a section of the page. */
function sectionAfter(heading: Element): Element[] {
  const siblings = heading.parentNode ? childrenOf(heading.parentNode as Node) : [];
  const start = siblings.indexOf(heading);
  const section: Element[] = [];
  for (const sibling of siblings.slice(start + 1)) {
    if (!isElement(sibling)) continue;
    if (HEADING.test(sibling.tagName)) break;
    section.push(sibling);
  }
  return section;
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value ?? null;

/**
 * Reads mgCommitteeDetails.aspx: the text under "Purpose of committee" and the
 * members listed under "Membership", each with the role in brackets after the
 * name ("(Chair)"), and their ModernGov id from the link to mgUserInfo.aspx.
 * A page without these sections gives no purpose and no members.
 */
export function parseCommitteePage(html: string): MgCommitteePage {
  const document = parse(html);
  let purpose: string | null = null;
  const members: MgCommitteePage["members"] = [];
  for (const element of walk(document)) {
    if (!HEADING.test(element.tagName)) continue;
    const heading = cleanText(textOf(element)).toLowerCase();
    if (heading.startsWith("purpose of committee") && purpose === null) {
      purpose = cleanText(sectionAfter(element).map(textOf).join(" ")) || null;
    } else if (heading.startsWith("membership") && members.length === 0) {
      for (const item of sectionAfter(element).flatMap((part) => [...walk(part)].filter((inner) => inner.tagName === "li"))) {
        const link = [...walk(item)].find((inner) => inner.tagName === "a");
        const uid = link ? /[?&]UID=(\d+)/i.exec(attribute(link, "href") ?? "")?.[1] ?? null : null;
        const whole = cleanText(textOf(item));
        const name = cleanText(link ? textOf(link) : whole.replace(/\(.*\)\s*$/, "")).replace(/^(Councillor|Cllr\.?)\s+/i, "");
        const role = /\(([^()]+)\)\s*$/.exec(whole)?.[1]?.trim() ?? "Member";
        if (name) members.push({ memberId: uid, name, role });
      }
    }
  }
  return { purpose, members };
}
