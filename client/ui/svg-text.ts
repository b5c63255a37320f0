// A small SVG writer for charts: builds markup as text with every value escaped,
// so a chart can be drawn (and unit-tested) without a DOM and inserted safely.

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** One SVG element as text; children are already-built markup, attributes are escaped. */
export function tag(name: string, attributes: Record<string, string | number | undefined>, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  return children.length > 0 ? `<${name}${attrs}>${children.join("")}</${name}>` : `<${name}${attrs}/>`;
}

/** A text node for use as a child of {@link tag}. */
export function text(content: string): string {
  return escapeXml(content);
}
