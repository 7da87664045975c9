/**
 * What an HTML element does to layout: which tags end lines, which hide their content, and the
 * few inline-style properties that change what a reader sees (weight, underline, alignment,
 * display, page breaks, vertical margins). Not a CSS engine: only `style` attributes are read.
 */
import { LineFlag } from "./types.js";

/**
 * A string that does not point into the document: a name or style read from the source is a slice of
 * the whole decoded HTML, and a cache key kept as that slice would keep the document alive.
 */
function ownCopy(s: string): string {
  return ` ${s}`.slice(1);
}

/** Style bits carried down the element stack; B/U/C reuse the LineFlag values. */
export const Bit = {
  Bold: LineFlag.Bold,
  Underline: LineFlag.Underline,
  Center: LineFlag.Center,
  /** Not rendered at all (display:none, ix:header, script, head...). */
  Hidden: LineFlag.Hidden,
  /** White space is preserved (`<pre>`). */
  Pre: 32,
  /**
   * Set in a font too small to read (`font-size:1pt`): a space there is no gap a reader sees.
   * Filing agents join "10" and "4" into "104" that way.
   */
  Tiny: 64,
} as const;

export const Kind = {
  Inline: 0,
  /** Ends the current line before and after. */
  Block: 1,
  /** Has no content or end tag (`<br>`, `<img>`, `<hr>`). */
  Void: 2,
} as const;

const VOID = new Set(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(
    " ",
  ),
);
const BLOCK = new Set(
  (
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption " +
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup html li listing main menu nav ol p plaintext pre " +
    "section summary table tbody td tfoot th thead tr ul xmp"
  ).split(" "),
);
/** Blocks that a browser separates from their neighbours by a default margin. */
const MARGIN_BLOCK = new Set(
  "blockquote dl figure h1 h2 h3 h4 h5 h6 listing ol p pre table ul xmp".split(" "),
);
const HIDDEN = new Set("head script style title noscript template xml ix:header object".split(" "));
/** Elements that close an open `<p>` when they start (HTML's "close a p element" list, abridged). */
const CLOSES_P = new Set(
  (
    "address article aside blockquote center dd details dialog dir div dl dt fieldset figcaption figure " +
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu nav ol p pre section summary table ul xmp"
  ).split(" "),
);

function tagKind(name: string): number {
  if (VOID.has(name)) return Kind.Void;
  return BLOCK.has(name) ? Kind.Block : Kind.Inline;
}

const HEAD_CONTENT = new Set(
  "base link meta noscript script style template title object xml head".split(" "),
);
const TABLE_PARTS = new Set(["tr", "td", "th", "tbody", "thead", "tfoot"]);

/** What the renderer needs to know of a tag name, looked up once per tag instead of set by set. */
export interface TagInfo {
  /** Small integer per distinct name: the index of its open-element count. */
  id: number;
  kind: number;
  margin: boolean;
  closesP: boolean;
  tablePart: boolean;
  /** May stand in `<head>` (anything else closes an open head). */
  headContent: boolean;
}

const tagInfos = new Map<string, TagInfo>();
/** Tag soup can invent names without end; past this many, new names share one entry's id. */
const MAX_TAG_IDS = 4096;

export function tagInfo(name: string): TagInfo {
  let info = tagInfos.get(name);
  if (!info) {
    info = {
      id: Math.min(tagInfos.size, MAX_TAG_IDS),
      kind: tagKind(name),
      margin: MARGIN_BLOCK.has(name),
      closesP: CLOSES_P.has(name),
      tablePart: TABLE_PARTS.has(name),
      headContent: HEAD_CONTENT.has(name),
    };
    if (tagInfos.size < MAX_TAG_IDS) tagInfos.set(ownCopy(name), info);
  }
  return info;
}

/**
 * tagInfo in front of its Map, for one document: the scanner hands over one string object per
 * distinct name (its NameTable), so a name seen in its slot before is found by comparing
 * pointers, where the Map would compare the characters of its own copy. Per document, not
 * global: a name may be a slice of the document's source.
 */
export class TagInfoCache {
  private readonly names: (string | null)[] = new Array(64).fill(null);
  private readonly infos: TagInfo[] = new Array(64);

  get(name: string): TagInfo {
    const slot = (name.length * 7 + name.charCodeAt(name.length - 1)) & 63;
    if (this.names[slot] === name) return this.infos[slot];
    const info = tagInfo(name);
    this.names[slot] = name;
    this.infos[slot] = info;
    return info;
  }
}

// The names whose counts decide behaviour (an open <p> or <head>) always have an id of their own.
for (const name of ["head", "p", "table", "tr", "td", "th", "li", "dt", "dd"]) tagInfo(name);

/** Size for an array indexed by TagInfo.id. */
export const TAG_ID_LIMIT = MAX_TAG_IDS + 1;

/** The effect of one element on the inherited style bits and on layout. */
export interface ElementStyle {
  set: number;
  clear: number;
  /** null: the tag's default; "block"/"inline" from CSS `display`. */
  display: "block" | "inline" | null;
  breakBefore: boolean;
  breakAfter: boolean;
  /** CSS `float: left|right`. */
  float: boolean;
  /** Vertical margins in points when the style sets them, else null. */
  marginTop: number | null;
  marginBottom: number | null;
  /** Left margin or padding in points (an inline element set off by space), else null. */
  marginLeft: number | null;
  /** CSS `width` as written, else the `width` attribute, else null. */
  width: string | null;
}

function defaultBits(name: string): number {
  switch (name) {
    case "b":
    case "strong":
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
      return Bit.Bold;
    case "th":
      return Bit.Bold | Bit.Center;
    case "u":
    case "ins":
      return Bit.Underline;
    case "center":
      return Bit.Center;
    case "pre":
    case "xmp":
    case "listing":
    case "plaintext":
      return Bit.Pre;
    default:
      return HIDDEN.has(name) ? Bit.Hidden : 0;
  }
}

/** Points for a CSS length ("12pt", "0in", ".5em", "10px"); NaN when unreadable. */
export function lengthPt(v: string): number {
  const m = /^(-?[\d.]+)\s*([a-z%]*)$/.exec(v.trim());
  if (!m) return Number.NaN;
  const n = Number.parseFloat(m[1]);
  switch (m[2]) {
    case "pt":
    case "":
      return n;
    case "px":
      return n * 0.75;
    case "in":
      return n * 72;
    case "cm":
      return n * 28.35;
    case "mm":
      return n * 2.835;
    case "em":
    case "rem":
      return n * 12;
    default:
      return Number.NaN;
  }
}

/** Below this many points a font is a typesetting device, not text to read. */
const TINY_PT = 3;

function isPageBreak(v: string): boolean {
  return v === "always" || v === "page" || v === "left" || v === "right";
}

/** Attributes that affect layout; the scanner collects no others. */
export const LAYOUT_ATTRS: ReadonlySet<string> = new Set([
  "style",
  "align",
  "hidden",
  "width",
  "colspan",
  "rowspan",
]);

/**
 * Results by tag, `align` and style string: filings repeat the same few thousand times. Only a
 * `hidden` attribute or an `<hr width>` (the one place the width attribute is read) bypass it.
 * In front of the maps, each tag remembers its last few results: cells of a table row mostly
 * repeat a style just seen, and comparing two strings is cheaper than hashing one.
 */
interface CachedStyle {
  style: ElementStyle;
  /** Own copies (see ownCopy) of the style and align attributes it was computed from. */
  styleText: string;
  alignText: string | undefined;
}
const byTag: (Map<string, CachedStyle> | undefined)[] = new Array(TAG_ID_LIMIT);
/**
 * Each tag's last RECENT results, in a ring (`recentNext` is the slot to fill next). A table
 * row's cells cycle through a few styles (label, value, spacer): over the corpus half the lookups
 * missed a one-entry memory and hashed their style string for the map.
 */
const RECENT = 4;
const recentByTag: (CachedStyle | undefined)[] = new Array(TAG_ID_LIMIT * RECENT);
const recentNext = new Uint8Array(TAG_ID_LIMIT);
let cached = 0;
const CACHE_MAX = 4096;

/** Resolve an element's own contribution; the result is shared and must not be modified. */
export function elementStyle(
  info: TagInfo,
  name: string,
  attrs: Record<string, string>,
): Readonly<ElementStyle> {
  // The last id is shared by every name past MAX_TAG_IDS: names differ there, so no caching.
  if (attrs.hidden !== undefined || (name === "hr" && attrs.width !== undefined) || info.id === MAX_TAG_IDS) {
    return computeStyle(name, attrs);
  }
  const style = attrs.style ?? "";
  const align = attrs.align;
  const base = info.id * RECENT;
  for (let k = base; k < base + RECENT; k++) {
    const recent = recentByTag[k];
    if (recent === undefined) break;
    if (recent.styleText === style && recent.alignText === align) return recent.style;
  }
  const key = align === undefined ? style : `${align}\u0000${style}`;
  let forTag = byTag[info.id];
  if (!forTag) {
    forTag = new Map();
    byTag[info.id] = forTag;
  }
  let hit = forTag.get(key);
  if (!hit) {
    hit = { style: computeStyle(name, attrs), styleText: ownCopy(style), alignText: align && ownCopy(align) };
    if (++cached > CACHE_MAX) {
      for (const m of byTag) m?.clear();
      cached = 0;
    }
    forTag.set(ownCopy(key), hit);
  }
  const slot = recentNext[info.id];
  recentByTag[base + slot] = hit;
  recentNext[info.id] = (slot + 1) % RECENT;
  return hit.style;
}

function computeStyle(name: string, attrs: Record<string, string>): ElementStyle {
  const out: ElementStyle = {
    set: defaultBits(name),
    clear: 0,
    display: null,
    breakBefore: false,
    breakAfter: false,
    float: false,
    marginTop: null,
    marginBottom: null,
    marginLeft: null,
    width: name === "hr" ? (attrs.width ?? null) : null,
  };
  if (attrs.hidden !== undefined) out.set |= Bit.Hidden;
  const align = attrs.align;
  if (align !== undefined && name !== "table" && name !== "img" && name !== "hr") {
    const a = align.trim().toLowerCase();
    if (a === "center" || a === "middle") out.set |= Bit.Center;
    else out.clear |= Bit.Center;
  }
  const style = attrs.style;
  if (style) applyStyle(style, out);
  out.clear &= ~out.set;
  return out;
}

function applyStyle(style: string, out: ElementStyle): void {
  for (const decl of style.split(";")) {
    const colon = decl.indexOf(":");
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    const value = decl
      .slice(colon + 1)
      .replace("!important", "")
      .trim()
      .toLowerCase();
    switch (prop) {
      case "display":
        if (value === "none") out.set |= Bit.Hidden;
        else if (value === "block" || value === "list-item" || value === "table") out.display = "block";
        else if (value === "inline" || value === "inline-block") out.display = "inline";
        break;
      case "font-weight": {
        const n = Number.parseInt(value, 10);
        if (value === "bold" || value === "bolder" || n >= 600) out.set |= Bit.Bold;
        else out.clear |= Bit.Bold;
        break;
      }
      case "font":
        // Shorthand: "bold 10pt Times", "700 10pt Arial".
        if (/(^|\s)(bold|bolder|[6-9]00)(\s|$)/.test(value)) out.set |= Bit.Bold;
        break;
      case "text-decoration":
      case "text-decoration-line":
        if (value.includes("underline")) out.set |= Bit.Underline;
        break;
      case "text-align":
        if (value === "center") out.set |= Bit.Center;
        else out.clear |= Bit.Center;
        break;
      case "font-size": {
        // An unreadable size ("smaller", "80%") leaves what the parent set.
        const pt = lengthPt(value);
        if (pt < TINY_PT) out.set |= Bit.Tiny;
        else if (!Number.isNaN(pt)) out.clear |= Bit.Tiny;
        break;
      }
      case "white-space":
        if (value === "pre" || value === "pre-wrap" || value === "pre-line") out.set |= Bit.Pre;
        else if (value === "normal" || value === "nowrap") out.clear |= Bit.Pre;
        break;
      case "float":
        out.float = value === "left" || value === "right";
        break;
      case "page-break-before":
      case "break-before":
        if (isPageBreak(value)) out.breakBefore = true;
        break;
      case "page-break-after":
      case "break-after":
        if (isPageBreak(value)) out.breakAfter = true;
        break;
      case "width":
        out.width = ownCopy(value);
        break;
      case "margin-top":
      case "padding-top":
        out.marginTop = Math.max(out.marginTop ?? 0, lengthPt(value) || 0);
        break;
      case "margin-bottom":
      case "padding-bottom":
        out.marginBottom = Math.max(out.marginBottom ?? 0, lengthPt(value) || 0);
        break;
      case "margin-left":
      case "padding-left":
        out.marginLeft = Math.max(out.marginLeft ?? 0, lengthPt(value) || 0);
        break;
      case "margin":
      case "padding": {
        // Shorthand: top [right [bottom [left]]]; bottom defaults to top, left to right to top.
        const parts = value.split(/\s+/);
        const top = lengthPt(parts[0]) || 0;
        const bottom = parts.length >= 3 ? lengthPt(parts[2]) || 0 : top;
        const left = lengthPt(parts[Math.min(parts.length - 1, parts.length === 4 ? 3 : 1)]) || 0;
        out.marginTop = Math.max(out.marginTop ?? 0, top);
        out.marginBottom = Math.max(out.marginBottom ?? 0, bottom);
        out.marginLeft = Math.max(out.marginLeft ?? 0, left);
        break;
      }
    }
  }
}
