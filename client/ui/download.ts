/** Offers a file to the user, as a browser download. */
export function download(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the parts of a view: "governance-area-essex-2011-10-01.png". */
export function fileName(parts: (string | null | undefined)[], extension: string): string {
  const stem = ["governance", ...parts.filter(Boolean)].join("-").replace(/[^a-z0-9-]+/gi, "-").toLowerCase();
  return `${stem}.${extension}`;
}
