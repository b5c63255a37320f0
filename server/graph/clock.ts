/** Where "now" comes from; tests pin it so that answers about today do not depend on the day they run. */
let now: () => Date = () => new Date();

/** Today's date as YYYY-MM-DD (UTC): the date an edit or an entry states its values. */
export function today(): string {
  return now().toISOString().slice(0, 10);
}

/**
 * Makes `today()` answer `date` until the returned function is called. Only for
 * tests: the service itself never sets the clock.
 */
export function pinToday(date: string): () => void {
  const previous = now;
  now = () => new Date(`${date}T12:00:00Z`);
  return () => {
    now = previous;
  };
}
