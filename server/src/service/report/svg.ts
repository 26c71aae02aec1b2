// The trust flow as an SVG, laid out when the report is made (no layout library): the used columns side by side,
// the Edges stacked in the middle, every other node placed at the mean height of the nodes it links to (then
// pushed down so none overlap). Links between neighbouring columns are curves between the nodes' sides, spread
// over each side in the order of the other ends; links that would cross a column run in lanes above the nodes.
// Colours carry the state, and so do words (for print and for colour blindness). Every text is escaped.
import type { LinkStatus } from '../project/trustMap';
import { escapeHtml } from '../text/html';
import type { Flow, FlowColumn, FlowLink, FlowNode } from './types';

const NODE_W = 220;
const GAP_X = 70;
const GAP_Y = 20;
const PAD = 16;
const HEADER = 34;
const LANE = 10;
const TITLE_SIZE = 12.5;
const LINE_SIZE = 11;

export const STATUS_COLOUR: Record<LinkStatus, string> = { broken: '#c62828', warning: '#b45f06', ok: '#2e7d32', unknown: '#6b6b6b' };
const STATUS_FILL: Record<LinkStatus, string> = { broken: '#fdecea', warning: '#fff3e0', ok: '#edf7ed', unknown: '#f3f3f3' };
export const STATUS_WORD: Record<LinkStatus, string> = { broken: 'broken', warning: 'warning', ok: 'working', unknown: 'not known' };
const COLUMN_TITLES: Record<FlowColumn, string> = {
  0: 'Internet and Exchange Online',
  1: 'Connectors to them',
  2: 'Edge Transport',
  3: 'Subscriptions, EdgeSync, evidence',
  4: 'Hub sites and servers',
};

interface Box {
  node: FlowNode;
  x: number;
  y: number;
  h: number;
  title: string[];
}

/** How many characters of a sans-serif face at this size fit in `px` (average glyph width). */
function room(px: number, size: number, bold = false): number {
  return Math.floor(px / (size * (bold ? 0.57 : 0.52)));
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

/** A title in at most two lines, broken between words where it can be. */
function wrap(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const space = text.lastIndexOf(' ', max);
  const at = space > max / 3 ? space : max;
  return [text.slice(0, at).trimEnd(), cut(text.slice(at).trimStart(), max)];
}

function sized(node: FlowNode): { h: number; title: string[] } {
  const title = wrap(node.title, room(NODE_W - 20, TITLE_SIZE, true));
  return { title, h: 10 + title.length * 15 + Math.min(2, node.lines.length) * 14 + 8 };
}

/** The first y at or below `from` where a box of height `h` fits between the boxes already in a column. */
function freeSlot(taken: { y: number; h: number }[], from: number, h: number): number {
  let y = from;
  for (const t of [...taken].sort((a, b) => a.y - b.y)) {
    if (y + h + GAP_Y <= t.y) break;
    y = Math.max(y, t.y + t.h + GAP_Y);
  }
  return y;
}

/**
 * Places the nodes. The Edges are rows of one pitch; a node beside the Edges that belongs to one Edge (its
 * subscription file) sits on that Edge's row; nodes shared by several Edges (the EdgeSync connectors) sit in a
 * band above the rows; the outer columns sit at the mean height of what they link to.
 */
function place(flow: Flow, xOf: (c: FlowColumn) => number, top: number): { boxes: Map<string, Box>; bottom: number } {
  const boxes = new Map<string, Box>();
  const neighbours = new Map<string, string[]>();
  for (const l of flow.links) {
    neighbours.set(l.from, [...(neighbours.get(l.from) ?? []), l.to]);
    neighbours.set(l.to, [...(neighbours.get(l.to) ?? []), l.from]);
  }
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const edgeNeighbours = (n: FlowNode) => [...new Set(neighbours.get(n.id) ?? [])].filter((id) => byId.get(id)?.column === 2);
  const sizes = new Map(flow.nodes.map((n) => [n.id, sized(n)]));
  const put = (n: FlowNode, y: number) => boxes.set(n.id, { node: n, x: xOf(n.column), y, ...sizes.get(n.id)! });
  const inColumn = (c: FlowColumn) => flow.nodes.filter((n) => n.column === c);
  const beside = [...inColumn(1), ...inColumn(3)];
  const shared = (n: FlowNode) => edgeNeighbours(n).length > 1;
  const anchored = (n: FlowNode) => edgeNeighbours(n).length === 1;

  // The band above the Edge rows holds the shared nodes of the taller side.
  const band = Math.max(
    ...([1, 3] as FlowColumn[]).map((c) =>
      inColumn(c)
        .filter(shared)
        .reduce((sum, n) => sum + sizes.get(n.id)!.h + GAP_Y, 0),
    ),
  );
  const pitch = Math.max(0, ...[...inColumn(2), ...beside.filter(anchored)].map((n) => sizes.get(n.id)!.h)) + GAP_Y;
  inColumn(2).forEach((n, i) => put(n, top + band + i * pitch));

  for (const c of [1, 3] as FlowColumn[]) {
    const taken: { y: number; h: number }[] = [];
    const add = (n: FlowNode, y: number) => {
      put(n, y);
      taken.push({ y, h: sizes.get(n.id)!.h });
    };
    let y = top;
    for (const n of inColumn(c).filter(shared)) {
      add(n, y);
      y += sizes.get(n.id)!.h + GAP_Y;
    }
    for (const n of inColumn(c).filter(anchored)) add(n, freeSlot(taken, boxes.get(edgeNeighbours(n)[0])!.y, sizes.get(n.id)!.h));
    for (const n of inColumn(c).filter((x) => !shared(x) && !anchored(x))) add(n, freeSlot(taken, top, sizes.get(n.id)!.h));
  }

  for (const c of [4, 0] as FlowColumn[]) {
    const wanted = inColumn(c).map((n, i) => {
      const placed = (neighbours.get(n.id) ?? []).map((id) => boxes.get(id)).filter((b): b is Box => !!b);
      const mean = placed.length ? placed.reduce((s, b) => s + b.y + b.h / 2, 0) / placed.length : Infinity;
      return { n, i, mean, h: sizes.get(n.id)!.h };
    });
    wanted.sort((a, b) => a.mean - b.mean || a.i - b.i);
    let next = top;
    for (const w of wanted) {
      const y = Number.isFinite(w.mean) ? Math.max(next, Math.round(w.mean - w.h / 2)) : next;
      put(w.n, y);
      next = y + w.h + GAP_Y;
    }
  }
  const bottom = Math.max(top, ...[...boxes.values()].map((b) => b.y + b.h));
  return { boxes, bottom };
}

function nodeSvg(b: Box): string {
  const n = b.node;
  const cloud = n.kind === 'exo' || n.kind === 'internet';
  const stroke = n.status ? STATUS_COLOUR[n.status] : cloud ? '#1a5fb4' : '#4a5a66';
  const fill = n.status ? STATUS_FILL[n.status] : cloud ? '#e8f0fb' : '#ffffff';
  const dash = n.inferred ? ' stroke-dasharray="5 3"' : '';
  const title = b.title.map((t, i) => `<text x="${b.x + 10}" y="${b.y + 20 + i * 15}" class="flow-title">${escapeHtml(t)}</text>`).join('');
  const first = b.y + 20 + b.title.length * 15;
  const lines = n.lines
    .slice(0, 2)
    .map((l, i) => `<text x="${b.x + 10}" y="${first + i * 14}" class="flow-line">${escapeHtml(cut(l, room(NODE_W - 20, LINE_SIZE)))}</text>`)
    .join('');
  // The state in words on a tab over the top edge, so grey print and colour-blind readers get it too.
  let state = '';
  if (n.status) {
    const word = STATUS_WORD[n.status].toUpperCase();
    const w = Math.round(word.length * 6.6 + 10);
    const x = b.x + NODE_W - w - 8;
    state =
      `<rect x="${x}" y="${b.y - 8}" width="${w}" height="15" rx="3" fill="#ffffff" stroke="${STATUS_COLOUR[n.status]}"/>` +
      `<text x="${x + w / 2}" y="${b.y + 3}" class="flow-state" text-anchor="middle" fill="${STATUS_COLOUR[n.status]}">${word}</text>`;
  }
  return (
    `<g class="flow-node ${n.kind}${n.status ? ` ${n.status}` : ''}" data-node="${escapeHtml(n.id)}"><title>${escapeHtml(n.tooltip)}</title>` +
    `<rect x="${b.x}" y="${b.y}" width="${NODE_W}" height="${b.h}" rx="7" fill="${fill}" stroke="${stroke}" stroke-width="${n.status === 'broken' ? 2.5 : 1.5}"${dash}/>` +
    `${title}${lines}${state}</g>`
  );
}

const WIDTH: Record<LinkStatus, number> = { broken: 3, warning: 2.5, ok: 2, unknown: 1.5 };

/** Renders the flow as one `<svg>` element, or '' when there is nothing to draw. */
export function flowSvg(flow: Flow): string {
  if (flow.nodes.length === 0) return '';
  const used = ([0, 1, 2, 3, 4] as FlowColumn[]).filter((c) => flow.nodes.some((n) => n.column === c));
  const xOf = (c: FlowColumn) => PAD + used.indexOf(c) * (NODE_W + GAP_X);
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  // Links that would cross a column run in lanes above the nodes, from and to the right sides of their nodes.
  const crosses = (l: FlowLink) => Math.abs(used.indexOf(byId.get(l.from)!.column) - used.indexOf(byId.get(l.to)!.column)) > 1;
  const laned = flow.links.filter(crosses);
  const top = HEADER + laned.length * LANE + (laned.length ? 12 : 0);
  const { boxes, bottom } = place(flow, xOf, top);
  const rightmost = xOf(used[used.length - 1]) + NODE_W;
  const lanesRight = laned.some((l) => [l.from, l.to].some((id) => boxes.get(id)!.x + NODE_W === rightmost));
  const width = rightmost + PAD + (lanesRight ? 12 + laned.length * 6 : 0);
  const height = bottom + PAD;

  // Ports: the links on one side of a node are spread over it, in the order of their other ends.
  const sides = new Map<string, { link: FlowLink; other: Box }[]>();
  const sideKey = (id: string, right: boolean) => `${id}|${right ? 'r' : 'l'}`;
  const rightward = (a: Box, b: Box) => a.x < b.x || (a.x === b.x && a.y < b.y);
  for (const l of flow.links) {
    const a = boxes.get(l.from)!;
    const b = boxes.get(l.to)!;
    const ends: [Box, Box, boolean][] = crosses(l)
      ? [
          [a, b, true],
          [b, a, true],
        ]
      : [
          [a, b, rightward(a, b)],
          [b, a, !rightward(a, b)],
        ];
    for (const [box, other, right] of ends) {
      const key = sideKey(box.node.id, right);
      sides.set(key, [...(sides.get(key) ?? []), { link: l, other }]);
    }
  }
  const portY = (box: Box, right: boolean, l: FlowLink) => {
    const list = (sides.get(sideKey(box.node.id, right)) ?? []).sort((p, q) => p.other.y - q.other.y || p.other.x - q.other.x);
    const i = list.findIndex((p) => p.link === l);
    return Math.round(box.y + (box.h * (i + 1)) / (list.length + 1));
  };

  const paths = flow.links.map((l) => {
    const a = boxes.get(l.from)!;
    const b = boxes.get(l.to)!;
    let d: string;
    if (crosses(l)) {
      const j = laned.indexOf(l);
      const lane = HEADER + 6 + j * LANE;
      const xa = a.x + NODE_W + 10 + j * 6;
      const xb = b.x + NODE_W + 10 + j * 6;
      d = `M${a.x + NODE_W},${portY(a, true, l)} H${xa} V${lane} H${xb} V${portY(b, true, l)} H${b.x + NODE_W + 2}`;
    } else {
      const right = rightward(a, b);
      const x1 = right ? a.x + NODE_W : a.x;
      const x2 = right ? b.x - 2 : b.x + NODE_W + 2;
      const y1 = portY(a, right, l);
      const y2 = portY(b, !right, l);
      const mid = Math.round((x1 + x2) / 2);
      d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
    }
    const dash = l.status === 'unknown' ? ' stroke-dasharray="5 4"' : '';
    return (
      `<path class="flow-link ${l.status}" d="${d}" fill="none" stroke="${STATUS_COLOUR[l.status]}" stroke-width="${WIDTH[l.status]}"${dash} ` +
      `marker-end="url(#arrow-${l.status})"><title>${escapeHtml(`${STATUS_WORD[l.status]}: ${l.tooltip}`)}</title></path>`
    );
  });

  const markers = (Object.keys(STATUS_COLOUR) as LinkStatus[])
    .map(
      (s) =>
        `<marker id="arrow-${s}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${STATUS_COLOUR[s]}"/></marker>`,
    )
    .join('');
  const headers = used
    .map((c) => `<text x="${xOf(c) + NODE_W / 2}" y="20" class="flow-column" text-anchor="middle">${escapeHtml(COLUMN_TITLES[c])}</text>`)
    .join('');
  const summary = `${flow.nodes.length} nodes and ${flow.links.length} links: ${(Object.keys(STATUS_WORD) as LinkStatus[])
    .map((s) => `${flow.links.filter((l) => l.status === s).length} ${STATUS_WORD[s]}`)
    .join(', ')}`;
  return (
    `<svg class="flow-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="flow-svg-title flow-svg-desc">` +
    `<title id="flow-svg-title">Trust flow</title><desc id="flow-svg-desc">${escapeHtml(summary)}</desc><defs>${markers}</defs>${headers}` +
    `${paths.join('')}${[...boxes.values()].map(nodeSvg).join('')}</svg>`
  );
}
