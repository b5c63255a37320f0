/** [from, to] windows of `months` months covering from..to (ISO dates): GetMeetings asked for in pages. */
export function datePages(from: string, to: string, months: number): [string, string][] {
  const pages: [string, string][] = [];
  let start = new Date(`${from}T00:00:00Z`);
  const last = new Date(`${to}T00:00:00Z`);
  while (start <= last) {
    const next = new Date(start);
    next.setUTCMonth(next.getUTCMonth() + months);
    const end = new Date(next.getTime() - 86_400_000);
    pages.push([iso(start), iso(end < last ? end : last)]);
    start = next;
  }
  return pages;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
