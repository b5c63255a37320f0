import { makePdf } from "../bench/drafts/minimal-pdf.ts";
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
const pdf = await pdfjs.getDocument({ data: makePdf("A\tBee\tCee\nLonger text here\tx") }).promise;
const c = await (await pdf.getPage(1)).getTextContent();
console.log(JSON.stringify(c.items.slice(0, 4)));
