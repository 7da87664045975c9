/** Facts told in words, the same in the terminal (cli/facts-view.ts) and the web UI (http/). */

/** "$45,000,000", "EUR 2,000,000", or "(no amount stated)". */
export function amountText(amount: number | null, currency: string | null): string {
  if (amount == null) return "(no amount stated)";
  const sign = currency === "USD" || !currency ? "$" : `${currency} `;
  return `${sign}${amount.toLocaleString("en-US")}`;
}

/** How a qualifier reads before an amount: "up to ", "more than ", "about ", or nothing. */
export function qualifierText(qualifier: "min" | "max" | "approx" | null | undefined): string {
  switch (qualifier) {
    case "max":
      return "up to ";
    case "min":
      return "more than ";
    case "approx":
      return "about ";
    default:
      return "";
  }
}
