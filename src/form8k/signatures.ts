/**
 * The signature block: the registrant, each signer (the `/s/` name, or the name after "By:"),
 * the title lines under it, and the date ("Date: February 9, 1999", "Dated: ...", or a lone date).
 *
 *                                         ImmunoGen, Inc.
 *                                         (Registrant)
 *     Date:    February 9, 1999           /s/Kathleen A. Carroll
 *                                         -------------------------------
 *                                         Kathleen A. Carroll
 *                                         Vice President, Finance and
 *                                           Administration, and principal
 *                                           financial officer                (the seed)
 */
import { segments } from "../document/segments.js";
import type { Doc } from "../document/types.js";
import { findDates } from "../util/dates.js";

export interface SignatureText {
  registrant: string | null;
  name: string | null;
  title: string | null;
  date: string | null;
  start: number;
  end: number;
}

const SLASH_S = /\/s\/\s{0,4}(.{2,80})$/i;
const BY = /^by\s{0,3}:?\s{0,6}(?:\/s\/)?\s{0,4}(.{2,80})$/i;
const LABELED = /^(name|title|its)\s{0,3}:\s{0,6}(.{1,120})$/i;
const DATE_LINE = /^dated?\s{0,3}:?/i;
const TYPED_NAME = /^(?:Name|NAME|name)\s{0,3}:\s{0,6}([A-Z].{1,79})$/;
const BOILERPLATE =
  /pursuant\s+to|duly\s+(?:caused|authorized)|undersigned|hereunto|thereunto|registrant\s+has/i;

/** A company's name after "By:" (no /s/): a corporate word ends one of its words. */
const SIGNING_COMPANY =
  /\b(?:Corp\.?|Corporation|Inc\.?|Incorporated|LLC|L\.L\.C\.|L\.P\.|LP|Company|Co\.|Ltd\.?|N\.A\.|Trust|Bank)(?![\w-])/;

const clean = (s: string) => s.replace(/\s+/g, " ").trim();
/** Without the commas that end a name or a whole title ("Larry R. Carter,"). */
const bare = (s: string) => clean(s).replace(/^[\s,]+|[\s,]+$/g, "");

/** Pieces of the block: a line's segments, so a date and a signer on one line stay apart. */
interface Piece {
  text: string;
  line: number;
  start: number;
  end: number;
  gapBefore: boolean;
}

export function readSignatures(doc: Doc, from: number, to: number): SignatureText[] {
  const { lines, text } = doc;
  const pieces: Piece[] = [];
  let inBoilerplate = false;
  /** The boilerplate's words, which may say when ("duly authorized on this 8th day of January, 2025"). */
  let boilerplate = "";
  for (let i = from; i < to; i++) {
    // "Pursuant to the requirements ... signed on its behalf by the undersigned": skip the paragraph.
    if (lines.gapBefore(i)) inBoilerplate = false;
    const whole = text.slice(lines.start(i), lines.end(i));
    if (BOILERPLATE.test(whole) || (inBoilerplate && !/\/s\//i.test(whole))) {
      inBoilerplate = true;
      if (boilerplate.length < 2000) boilerplate += ` ${whole}`;
      continue;
    }
    // Justified text pads words with two spaces; columns are further apart.
    const segs = segments(doc, lines.line(i), 3);
    // Keep "Date:" with its date, and "By:" with its name: join label pieces to the next piece.
    for (let k = 0; k < segs.length; k++) {
      let s = segs[k];
      let t = text.slice(s.start, s.end);
      while (/^(?:dated?|by|name|title|its)\s{0,2}:?$/i.test(t) && k + 1 < segs.length) {
        k++;
        s = { ...segs[k], start: s.start };
        t = `${t} ${text.slice(segs[k].start, segs[k].end)}`;
      }
      // A flowing line "Date: July 2, 2015 By: /s/ Andrew Levi": date and signer are two pieces.
      // Or "Date: March 30, 2021 Brien M. Chase, Senior Vice President": split after the date.
      const dated = /^dated?\s{0,2}:?\s{0,3}/i.exec(t) ? findDates(t)[0] : undefined;
      if (dated && dated.start < 12 && t.length - dated.end > 2) {
        const rest = t.slice(dated.end).replace(/^[\s,]+/, "");
        const at = s.start + t.indexOf(rest, dated.end);
        pieces.push({
          text: clean(t.slice(0, dated.end)),
          line: i,
          start: s.start,
          end: at,
          gapBefore: lines.gapBefore(i) && k === 0,
        });
        pieces.push({ text: clean(rest), line: i, start: at, end: segs[k].end, gapBefore: false });
        continue;
      }
      pieces.push({
        text: clean(t),
        line: i,
        start: s.start,
        end: segs[k].end,
        gapBefore: lines.gapBefore(i) && k === 0,
      });
    }
  }
  // Order pieces of a two-column block by column: the signer column reads top to bottom.
  const sigs: SignatureText[] = [];
  // Pieces a line holds, counted once (asked for each line under a signer, from every signer).
  const piecesOnLine = new Map<number, number>();
  for (const piece of pieces) piecesOnLine.set(piece.line, (piecesOnLine.get(piece.line) ?? 0) + 1);
  let date: string | null = null;
  let registrant: string | null = null;
  for (let p = 0; p < pieces.length; p++) {
    const t = pieces[p].text;
    if (!t || BOILERPLATE.test(t)) continue;
    const dates = t.length < 80 ? findDates(t) : [];
    if (DATE_LINE.test(t) || (dates.length && t.length < 40)) {
      const d = dates[0];
      if (d && !date) date = d.iso;
      continue;
    }
    const slash = SLASH_S.exec(t);
    const by = slash ? null : BY.exec(t);
    // "BY: ADVANTA Mortgage Corp., USA" above "BY: /s/ H. John Berens": a company signing through
    // its officer is no signer itself.
    if (by && SIGNING_COMPANY.test(by[1])) {
      registrant ??= bare(by[1]);
      continue;
    }
    // A signature set as an image leaves only its typed lines: "Name: Raj Kanuru" / "Title: ...".
    const typedOnly = !slash && !by && !sigs.length ? TYPED_NAME.exec(t) : null;
    if (slash || (by && !/^_+$/.test(by[1])) || typedOnly) {
      let name = bare((slash?.[1] ?? by?.[1] ?? typedOnly?.[1] ?? "").replace(/^by\s{0,3}:?/i, ""));
      let title: string[] = [];
      const trailingTitle = /^([^,]{3,60}),\s{0,3}(.{2,80})$/.exec(name);
      if (trailingTitle && !/\b(?:jr|sr|ii|iii|iv|esq|m\.?d|ph\.?d)\.?$/i.test(trailingTitle[2].trim())) {
        name = trailingTitle[1];
        title.push(trailingTitle[2]);
      }
      let end = pieces[p].end;
      // The lines under the signature in the same column: the typed name, then title lines.
      const col = segmentsColumn(doc, pieces[p]);
      for (let q = p + 1; q < pieces.length; q++) {
        const nextText = pieces[q].text;
        if (pieces[q].gapBefore && title.length) break;
        if (SLASH_S.test(nextText) || BY.test(nextText)) break;
        if (DATE_LINE.test(nextText)) {
          // A date beside the typed name ("Date: March 30, 2021   Brien M. Chase, ..."): note it, go on.
          date ??= findDates(nextText)[0]?.iso ?? null;
          if (pieces[q + 1]?.line === pieces[q].line) continue;
          break;
        }
        // Another column of the same lines (a date beside the signer) is not the signer's; a line
        // holding one piece is, wherever it stands (HTML cells and <pre> differ in columns).
        const alone = piecesOnLine.get(pieces[q].line) === 1;
        if (
          !alone &&
          Math.abs(segmentsColumn(doc, pieces[q]) - col) > 30 &&
          pieces[q].line !== pieces[p].line
        )
          continue;
        if (pieces[q].line === pieces[p].line) continue;
        if (/^[-_=]+$/.test(nextText)) continue;
        const labeled = LABELED.exec(nextText);
        if (labeled) {
          if (labeled[1].toLowerCase() === "name") {
            if (!name) name = bare(labeled[2]);
          } else title.push(clean(labeled[2]));
          end = pieces[q].end;
          continue;
        }
        const nextDates = nextText.length < 40 ? findDates(nextText) : [];
        if (nextDates.length) {
          date ??= nextDates[0].iso;
          break;
        }
        const typed = /^([^,]{3,60}),\s{0,3}(.{2,80})$/.exec(nextText);
        const sameName = (a: string, b: string) =>
          a.toLowerCase().replace(/[^a-z]/g, "") === b.toLowerCase().replace(/[^a-z]/g, "");
        if (!title.length && sameName(nextText.replace(/,$/, ""), name)) {
          end = pieces[q].end;
          continue;
        }
        if (
          !title.length &&
          typed &&
          (firstWord(typed[1]) === firstWord(name) || lastWord(typed[1]) === lastWord(name))
        ) {
          title.push(typed[2]);
          end = pieces[q].end;
          continue;
        }
        if (!title.length && firstWordMatches(nextText, name)) {
          // A fuller typed name under a short /s/ ("Herb" / "Herbert Glaubman, President").
          end = pieces[q].end;
          continue;
        }
        if (title.length > 4) break;
        // The company under a title ("Senior Vice President" / "Advanta Mortgage") is whom the signer
        // works for, not more of the title.
        if (title.length && registrant && namesCompany(nextText, registrant)) break;
        title.push(nextText);
        end = pieces[q].end;
      }
      title = title.filter((x) => !/^\(?registrant\)?$/i.test(x));
      sigs.push({
        registrant,
        name: name || null,
        title: title.length ? bare(title.join(" ")) : null,
        date: null,
        start: pieces[p].start,
        end,
      });
      continue;
    }
    if (/^\(?registrant\)?$/i.test(t)) continue;
    if (!registrant && !sigs.length && /[A-Za-z]/.test(t) && t.length < 100 && !/^signatures?$/i.test(t))
      registrant = t;
  }
  // Without a date line, the day the boilerplate says it was signed ("authorized, on February 3, 1999").
  const authorized = boilerplate.search(/\bauthorized\b/i);
  date ??= authorized >= 0 ? (findDates(boilerplate.slice(authorized))[0]?.iso ?? null) : null;
  for (const s of sigs) {
    s.date = date;
    s.registrant ??= registrant;
  }
  return sigs;
}

function segmentsColumn(doc: Doc, p: Piece): number {
  const segs = segments(doc, doc.lines.line(p.line));
  const s = segs.find((x) => x.start >= p.start) ?? segs[0];
  return s ? s.col : 0;
}

const lastWord = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .pop()
    ?.toLowerCase()
    .replace(/[^a-z]/g, "") ?? "";
const firstWord = (s: string) =>
  s
    .trim()
    .split(/\s+/)[0]
    ?.toLowerCase()
    .replace(/[^a-z]/g, "") ?? "";
/** Does a line begin with the registrant's first word ("Advanta Mortgage", "ADVANTA Mortgage Loan Trust")? */
function namesCompany(line: string, registrant: string): boolean {
  const w = firstWord(registrant);
  return w.length >= 4 && firstWord(line) === w && !TITLE_START.test(w);
}
const TITLE_START =
  /^(?:chief|vice|senior|executive|president|director|general|principal|chairman|treasurer|secretary)$/;

function firstWordMatches(line: string, name: string): boolean {
  const a = line.trim().split(/\s+/);
  // "H. Baird Radford, III" is typed "Baird Radford": its suffix is no last name.
  const b = name
    .trim()
    .replace(/,?\s+(?:jr|sr|ii|iii|iv)\.?$/i, "")
    .split(/\s+/);
  const last = (x: string[]) => x[x.length - 1]?.toLowerCase().replace(/[^a-z]/g, "") ?? "";
  return (
    a.length <= 4 && b.length >= 2 && last(a.map((w) => w.replace(/,.*$/, ""))) === last(b) && !/,/.test(line)
  );
}
