/** The page around every view: title, navigation, the styles of the facts' marks. */
import { html, raw } from "hono/html";

const STYLE = `
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dee7; --accent: #1f5fbf; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; color: var(--ink); background: #f6f7f9; }
header.top { display: flex; gap: 1.5rem; align-items: baseline; padding: .6rem 1.2rem; background: #14213d; color: #fff; }
header.top a { color: #fff; text-decoration: none; }
header.top .brand { font-weight: 700; font-size: 1.15rem; }
header.top .where { margin-left: auto; color: #aab4c8; font-size: .85rem; }
main { padding: 1rem 1.2rem 3rem; max-width: 1400px; margin: 0 auto; }
a { color: var(--accent); }
h1 { font-size: 1.35rem; margin: .2rem 0 .6rem; }
h2 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.muted { color: var(--muted); }
.error { background: #fde8e8; border: 1px solid #e0a0a0; padding: .5rem .8rem; border-radius: 4px; }
.note { background: #fff7dd; border: 1px solid #e6d38f; padding: .5rem .8rem; border-radius: 4px; }
form.search { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: .5rem; align-items: end; }
form.search label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
form.search input { font: inherit; padding: .3rem .4rem; border: 1px solid var(--line); border-radius: 4px; }
form.search .q { grid-column: 1 / -1; }
form.search .q input { font-size: 1.05rem; }
button { font: inherit; padding: .35rem 1rem; background: var(--accent); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
.columns { display: grid; grid-template-columns: 240px 1fr; gap: 1.5rem; }
.facets h3 { margin-top: .2rem; }
.facets ul { list-style: none; padding: 0; margin: 0 0 1rem; font-size: .9rem; }
.facets li { display: flex; justify-content: space-between; gap: .5rem; }
.facets li.on a { font-weight: 700; }
ol.hits { list-style: none; padding: 0; margin: 0; }
ol.hits li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; margin-bottom: .6rem; }
ol.hits .meta { font-size: .85rem; color: var(--muted); }
.snippet mark, .doc mark { padding: 0 1px; }
.snippet mark { background: #ffe58f; }
.filing { display: grid; grid-template-columns: minmax(0, 1fr) 380px; gap: 1.5rem; align-items: start; }
.doc { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .4rem 1rem 1rem; }
.doc pre { white-space: pre-wrap; word-wrap: break-word; font: 13.5px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; margin: 0; }
.panel { position: sticky; top: .8rem; max-height: calc(100vh - 1.6rem); overflow: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .4rem .9rem 1rem; font-size: .9rem; }
.panel ul { padding-left: 1.1rem; margin: .2rem 0 .6rem; }
.card { border-left: 3px solid #e0b400; padding: .1rem 0 .1rem .6rem; margin: .6rem 0; }
table.kv { border-collapse: collapse; font-size: .9rem; }
table.kv td { padding: .1rem .8rem .1rem 0; vertical-align: top; }
table.kv td:first-child { color: var(--muted); white-space: nowrap; }
mark { background: none; color: inherit; }
mark.f-agreement { background: #fff4c2; }
mark.f-party { background: #cfe3ff; border-bottom: 2px solid #1f5fbf; }
mark.f-subject { background: #ffd6e0; border-bottom: 2px solid #c2185b; }
mark.f-term { background: #c9f2d4; border-bottom: 2px solid #1e8e3e; }
mark.f-money { border-bottom: 2px solid #1e8e3e; }
mark.f-person { border-bottom: 2px solid #7b1fa2; }
mark.f-org { border-bottom: 2px dotted #e65100; }
mark.f-officer { background: #ead7f7; }
.legend mark { display: inline-block; margin: 0 .4rem .3rem 0; padding: 0 .3rem; font-size: .8rem; }
span.warning { color: #a33b00; font-weight: 600; }
span.info { color: var(--muted); font-weight: 600; }
.anchor, .card { scroll-margin-top: 30vh; }
.card:target { background: #fff8d6; }
table.list { border-collapse: collapse; width: 100%; background: #fff; font-size: .88rem; }
table.list th, table.list td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
table.list th { background: #eef1f6; }
table.list td:first-child { white-space: nowrap; }
.plot text { font-size: 11px; fill: var(--muted); }
.plot rect { fill: #4a7fd4; }
.plot a:hover rect { fill: #1f5fbf; }
`;

export function layout(title: string, location: string, body: unknown) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · eightk</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<header class="top">
  <a class="brand" href="/">eightk</a>
  <a href="/">Search</a>
  <a href="/agreements">Agreements</a>
  <a href="/stats">Plots</a>
  <span class="where">${location}</span>
</header>
<main>${body}</main>
</body>
</html>`;
}
