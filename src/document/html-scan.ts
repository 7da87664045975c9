/**
 * A thin driver over htmlparser2's Tokenizer: tag and text events with offsets into the source
 * string, attributes collected per tag. We use the Tokenizer rather than htmlparser2's Parser
 * because the Parser keeps its open-element stack with `unshift`/`indexOf`, which is quadratic
 * on tag soup with thousands of unclosed tags; callers here keep their own stacks.
 */
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";

/** Attributes of one tag, names lower-cased, first occurrence wins (as in browsers). */
export type TagAttrs = Record<string, string>;

export interface ScanHandler {
  /** An opening tag `<name ...>` spanning [start, end) of the source. */
  open(name: string, attrs: TagAttrs, start: number, end: number, selfClosing: boolean): void;
  /** A closing tag `</name>` spanning [start, end). */
  close(name: string, start: number, end: number): void;
  /**
   * Decoded text. `start` is the source offset of `s[0]`; when `raw` the text is a verbatim
   * slice (char i is at start + i), otherwise it is one decoded character reference.
   */
  text(s: string, start: number, raw: boolean): void;
}

const EMPTY: TagAttrs = Object.freeze({}) as TagAttrs;

/**
 * Tokenize `html` once, in order, calling `h`. Comments, doctypes and `<?xml ?>` are dropped.
 * When `keep` is given, only those attributes (lower-case names) are collected.
 */
export function scanHtml(html: string, h: ScanHandler, keep?: ReadonlySet<string>): void {
  let tagName = "";
  let tagStart = 0;
  let attrs: TagAttrs = EMPTY;
  let attrName = "";
  let attrValue = "";
  let wanted = true;
  // Names of a length no kept attribute has are skipped unread (class, id, valign, cellpadding...).
  const keptLength = new Uint8Array(64);
  if (keep) for (const k of keep) if (k.length < 64) keptLength[k.length] = 1;
  // With a known set, every tag's attributes share one shape (all kept names present, undefined
  // until seen): property reads in the renderer stay monomorphic.
  let template: TagAttrs | null = null;
  if (keep) {
    template = {};
    for (const k of keep) template[k] = undefined as unknown as string;
  }

  const cbs: TokenizerCallbacks = {
    ontext(start, end) {
      h.text(html.slice(start, end), start, true);
    },
    ontextentity(cp, end) {
      // The reference starts at the last `&` before its end (references are short).
      const amp = html.lastIndexOf("&", end - 1);
      h.text(String.fromCodePoint(cp), amp < 0 ? end - 1 : amp, false);
    },
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase();
      tagStart = start - 1;
      attrs = EMPTY;
    },
    onattribname(start, end) {
      attrValue = "";
      if (keep !== undefined && (end - start >= 64 || keptLength[end - start] === 0)) {
        wanted = false;
        return;
      }
      attrName = html.slice(start, end).toLowerCase();
      wanted = keep === undefined || keep.has(attrName);
    },
    onattribdata(start, end) {
      if (wanted) attrValue += html.slice(start, end);
    },
    onattribentity(cp) {
      if (wanted) attrValue += String.fromCodePoint(cp);
    },
    onattribend() {
      if (!wanted) return;
      if (attrs === EMPTY) attrs = template ? { ...template } : {};
      if (template ? attrs[attrName] === undefined : !Object.hasOwn(attrs, attrName))
        attrs[attrName] = attrValue;
      attrValue = "";
    },
    onopentagend(end) {
      h.open(tagName, attrs, tagStart, end + 1, false);
    },
    onselfclosingtag(end) {
      h.open(tagName, attrs, tagStart, end + 1, true);
    },
    onclosetag(start, end) {
      // `end` is where the name ends; the tag itself ends at the next `>`.
      const gt = html.charCodeAt(end) === 62 ? end : html.indexOf(">", end);
      h.close(html.slice(start, end).toLowerCase(), start - 2, gt < 0 ? end : gt + 1);
    },
    oncdata(start, end, offset) {
      // XHTML (iXBRL) CDATA sections are text.
      if (end - offset > start) h.text(html.slice(start, end - offset), start, true);
    },
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, cbs);
  tokenizer.write(html);
  tokenizer.end();
}

/** A reader of the same tokenizer events as another, and the attributes it needs kept. */
export interface ScanObserver {
  handler: ScanHandler;
  attributes: ReadonlySet<string>;
}

/** One scan, two readers: each event goes to `first`, then to `second`. */
export function teeHandlers(first: ScanHandler, second: ScanHandler): ScanHandler {
  return {
    open(name, attrs, start, end, selfClosing) {
      first.open(name, attrs, start, end, selfClosing);
      second.open(name, attrs, start, end, selfClosing);
    },
    close(name, start, end) {
      first.close(name, start, end);
      second.close(name, start, end);
    },
    text(s, start, raw) {
      first.text(s, start, raw);
      second.text(s, start, raw);
    },
  };
}
