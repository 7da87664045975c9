/**
 * Counts as SVG bar charts, drawn on the server: a column per year, a bar per form or item.
 * Each bar links to the search it counts. Hand-written because the charts are a few rectangles
 * and labels, which a charting library would need a browser script to draw.
 */

import { escapeUTF8 } from "entities";
import { html, raw } from "hono/html";

export interface Bar {
  label: string;
  count: number;
  /** Where the bar leads (the search of what it counts). */
  href: string;
  /** A longer name, shown on hover ("2.02 Results of Operations and Financial Condition"). */
  title?: string;
}

/** Years from the first to the last counted, a column each (none where no filing falls). */
export function yearBars(counts: Record<string, number>, href: (year: string) => string): Bar[] {
  const years = Object.keys(counts)
    .filter((y) => /^\d{4}$/.test(y))
    .map(Number);
  if (!years.length) return [];
  const out: Bar[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++)
    out.push({ label: String(y), count: counts[String(y)] ?? 0, href: href(String(y)) });
  return out;
}

/** Columns left to right (years), with every label when they fit, else every few. */
export function columnChart(bars: readonly Bar[], caption: string) {
  const width = 720;
  const height = 150;
  const base = height - 24;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const step = bars.length ? width / bars.length : width;
  const every = Math.max(1, Math.ceil(bars.length / Math.floor(width / 36)));
  const shapes = bars.map((b, n) => {
    const h = b.count ? Math.max(1, Math.round(((base - 16) * b.count) / max)) : 0;
    const x = n * step;
    const label =
      n % every === 0
        ? `<text x="${x + step / 2}" y="${height - 8}" text-anchor="middle">${escapeUTF8(b.label)}</text>`
        : "";
    return `<a href="${escapeUTF8(b.href)}"><title>${escapeUTF8(`${b.title ?? b.label}: ${b.count}`)}</title><rect x="${x + 1}" y="${base - h}" width="${Math.max(1, step - 2)}" height="${h}"></rect></a>${label}`;
  });
  return html`<figure class="plot"><figcaption>${caption}</figcaption><svg role="img" aria-label="${caption}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">${raw(shapes.join(""))}</svg></figure>`;
}

/** Bars top to bottom (forms, items), longest first as given. */
export function barChart(bars: readonly Bar[], caption: string) {
  const row = 18;
  // Room for the longest label (about 7 px a character at the plot's font size).
  const labelWidth = Math.max(40, 10 + 7 * Math.max(0, ...bars.map((b) => b.label.length)));
  const width = 720;
  const height = row * bars.length + 4;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const shapes = bars.map((b, n) => {
    const y = n * row;
    const w = Math.max(1, Math.round(((width - labelWidth - 60) * b.count) / max));
    return `<a href="${escapeUTF8(b.href)}"><title>${escapeUTF8(`${b.title ?? b.label}: ${b.count}`)}</title><text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end">${escapeUTF8(b.label)}</text><rect x="${labelWidth}" y="${y + 2}" width="${w}" height="${row - 5}"></rect><text x="${labelWidth + w + 5}" y="${y + 13}">${b.count}</text></a>`;
  });
  return html`<figure class="plot"><figcaption>${caption}</figcaption><svg role="img" aria-label="${caption}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">${raw(shapes.join(""))}</svg></figure>`;
}
