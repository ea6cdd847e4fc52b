/**
 * Circles of a proportional-symbol map: how large they may be drawn so that
 * they find room, and where they go. Each, in the order given (largest
 * first), goes to the free point nearest its place, where it overlaps none
 * placed before it and stays inside the frame. Pure and exact (no
 * simulation: the same input gives the same centres, and no two circles
 * overlap while the frame has room).
 */

export interface DodgedCircle {
  /** Where the circle's place is. */
  px: number;
  py: number;
  r: number;
}

export interface Frame {
  width: number;
  height: number;
}

/**
 * Share of the frame the circles (with half their gap) may cover at most:
 * below it circles find room near their places. The maps of 1,000 generated
 * practices (80 places clustered in a corner) cover 26–34 % at full size,
 * with circles moved 38 px on average; those of 10,000 (800 places) would
 * cover several times the frame.
 */
export const MAX_COVER = 0.25;

/**
 * The largest circle's radius: `largest`, or less when circles of that scale
 * would cover more than MAX_COVER of the frame. `shares` are the values over
 * the largest value (area ∝ value); no circle is drawn under `least`.
 */
export function fittedLargestRadius(
  shares: readonly number[],
  frame: Frame,
  { largest, least, gap }: { largest: number; least: number; gap: number },
): number {
  const room = MAX_COVER * frame.width * frame.height;
  const covered = (radius: number) =>
    shares.reduce((sum, share) => sum + Math.PI * (Math.max(radius * Math.sqrt(share), least) + gap / 2) ** 2, 0);
  if (covered(largest) <= room) return largest;
  let [low, high] = [least, largest];
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    if (covered(middle) <= room) low = middle;
    else high = middle;
  }
  return low;
}

/** Distances this much inside a circle still count as on it: points on edges are computed, not exact. */
const EPSILON = 1e-7;
const TURN = 2 * Math.PI;

/**
 * Where a circle's centre may go is the frame less a disc around each placed
 * circle (its radius plus the new one's and the gap). The nearest such point
 * to the place is the place itself, or lies on the free part of one disc's
 * edge: the place projected on that arc, or an end of it. Discs are taken
 * in order of their edge's distance from the place until none can offer a
 * nearer point; only discs near the place are looked at, in a search
 * widened until it holds the nearest free point.
 */
export function dodgeCircles(circles: readonly DodgedCircle[], frame: Frame, gap: number): [number, number][] {
  const largest = Math.max(0, ...circles.map((c) => c.r));
  const placed = new Placed(frame, circles.length, 2 * largest + gap);
  return circles.map(({ px, py, r }) => {
    const search = new NearestFree(placed, frame, r, gap, px, py);
    if (!search.consider(search.ox, search.oy)) search.widening(r + largest + gap);
    // A full frame leaves no free point: the circle stays at its place.
    const [x, y] = search.best ?? [search.ox, search.oy];
    placed.add(x, y, r);
    return [x, y];
  });
}

/** Circles placed so far, by square cells as wide as two of the largest circles and their gap. */
class Placed {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly rs: Float64Array;
  /** The radius of a new circle for which a placed circle's disc edge was found covered: it stays so for that radius. */
  readonly coveredFor: Float64Array;
  count = 0;
  readonly size: number;
  private readonly cells = new Map<number, number[]>();
  private readonly columns: number;
  private readonly rows: number;
  constructor(frame: Frame, capacity: number, size: number) {
    [this.xs, this.ys, this.rs] = [new Float64Array(capacity), new Float64Array(capacity), new Float64Array(capacity)];
    this.coveredFor = new Float64Array(capacity).fill(-1);
    this.size = size;
    this.columns = Math.ceil(frame.width / size) + 1;
    this.rows = Math.ceil(frame.height / size) + 1;
  }
  private cell(value: number, cells: number) {
    return Math.min(Math.max(Math.floor(value / this.size), 0), cells - 1);
  }
  add(x: number, y: number, r: number) {
    const index = this.count++;
    [this.xs[index], this.ys[index], this.rs[index]] = [x, y, r];
    const key = this.cell(y, this.rows) * this.columns + this.cell(x, this.columns);
    const cell = this.cells.get(key);
    if (cell) cell.push(index);
    else this.cells.set(key, [index]);
  }
  /** Whether `test` holds for a circle whose centre may be within `distance` of (x, y); stops at the first. */
  some(x: number, y: number, distance: number, test: (index: number) => boolean): boolean {
    const reach = Math.ceil(distance / this.size);
    const [column, row] = [this.cell(x, this.columns), this.cell(y, this.rows)];
    for (let w = Math.max(row - reach, 0); w <= Math.min(row + reach, this.rows - 1); w++)
      for (let c = Math.max(column - reach, 0); c <= Math.min(column + reach, this.columns - 1); c++) {
        const cell = this.cells.get(w * this.columns + c);
        if (cell?.some(test)) return true;
      }
    return false;
  }
}

/** The search for one new circle's nearest free point. */
class NearestFree {
  readonly ox: number;
  readonly oy: number;
  best: [number, number] | undefined;
  private bestDistance = Infinity;
  private readonly left: number;
  private readonly right: number;
  private readonly top: number;
  private readonly bottom: number;
  private readonly placed: Placed;
  private readonly r: number;
  private readonly gap: number;
  constructor(placed: Placed, frame: Frame, r: number, gap: number, px: number, py: number) {
    [this.placed, this.r, this.gap] = [placed, r, gap];
    [this.left, this.right] = span(r, frame.width);
    [this.top, this.bottom] = span(r, frame.height);
    this.ox = clamp(px, this.left, this.right);
    this.oy = clamp(py, this.top, this.bottom);
  }

  /** How far from a placed circle's centre the new circle's centre must stay. */
  private reach(j: number) {
    return this.placed.rs[j]! + this.r + this.gap;
  }

  private free(x: number, y: number) {
    const { xs, ys } = this.placed;
    return (
      x >= this.left - EPSILON &&
      x <= this.right + EPSILON &&
      y >= this.top - EPSILON &&
      y <= this.bottom + EPSILON &&
      !this.placed.some(
        x,
        y,
        this.placed.size,
        (j) => (x - xs[j]!) ** 2 + (y - ys[j]!) ** 2 < (this.reach(j) - EPSILON) ** 2,
      )
    );
  }

  /** Keeps (x, y) if it is free and nearer the place than the best so far; says whether it was kept. */
  consider(x: number, y: number): boolean {
    const distance = Math.hypot(x - this.ox, y - this.oy);
    if (distance >= this.bestDistance || !this.free(x, y)) return false;
    [this.best, this.bestDistance] = [[x, y], distance];
    return true;
  }

  /** Searches the discs whose edge passes within `within` of the place, then twice as far, until the nearest free point is found or every disc was seen. */
  widening(farthestReach: number) {
    const { left, right, top, bottom, ox, oy } = this;
    // The frame's border away from every disc: the place projected on each side, or a corner.
    for (const [x, y] of [
      [left, oy],
      [right, oy],
      [ox, top],
      [ox, bottom],
      [left, top],
      [right, top],
      [left, bottom],
      [right, bottom],
    ] as const)
      this.consider(x, y);
    const diagonal = Math.hypot(right - left, bottom - top) + farthestReach;
    for (let within = this.placed.size; ; within *= 2) {
      this.searchWithin(within, farthestReach);
      if (this.bestDistance <= within || within > diagonal) return;
    }
  }

  /** Every point of a disc's edge is at least its edge distance from the place: discs farther than `within` can wait. */
  private searchWithin(within: number, farthestReach: number) {
    const { xs, ys, coveredFor } = this.placed;
    const { ox, oy } = this;
    const near: { j: number; edge: number }[] = [];
    this.placed.some(ox, oy, within + farthestReach, (j) => {
      const edge = Math.abs(Math.hypot(ox - xs[j]!, oy - ys[j]!) - this.reach(j));
      if (edge < within && coveredFor[j] !== this.r) near.push({ j, edge });
      return false;
    });
    near.sort((a, b) => a.edge - b.edge || a.j - b.j);
    for (const { j, edge } of near) {
      if (edge >= this.bestDistance) break;
      // The place projected on the edge is the edge's nearest point: when free, the rest of the edge is farther.
      if (this.consider(...this.onEdge(j, this.facing(j)))) continue;
      const arcs = this.freeArcs(j);
      // Circles are placed largest first: a later circle of the same radius finds this edge covered too.
      if (!arcs.length) coveredFor[j] = this.r;
      for (const [from, to] of arcs) this.nearestOnArc(j, from, to);
    }
  }

  /** The parts of disc j's edge inside the frame and outside every other disc, as [from, to] angles, from ≤ to. */
  private freeArcs(j: number): [number, number][] {
    const { xs, ys } = this.placed;
    const [cx, cy, cr] = [xs[j]!, ys[j]!, this.reach(j)];
    const covered: [number, number][] = [];
    // Outside the frame: x below left or above right, y above top or below bottom.
    const side = (centre: number, half: number) => half > 0 && covered.push([centre - half, centre + half]);
    side(Math.PI, Math.PI - Math.acos(clamp((this.left - cx) / cr, -1, 1)));
    side(0, Math.acos(clamp((this.right - cx) / cr, -1, 1)));
    side(-Math.PI / 2, Math.PI / 2 + Math.asin(clamp((this.top - cy) / cr, -1, 1)));
    side(Math.PI / 2, Math.PI / 2 - Math.asin(clamp((this.bottom - cy) / cr, -1, 1)));
    let whole = false;
    // Another disc reaches this edge when their centres are nearer than both reaches.
    const largest = (this.placed.size - this.gap) / 2;
    this.placed.some(cx, cy, cr + largest + this.r + this.gap, (k) => {
      if (k === j) return false;
      const kr = this.reach(k);
      const d = Math.hypot(xs[k]! - cx, ys[k]! - cy);
      if (d >= cr + kr || d + kr <= cr) return false;
      if (d + cr <= kr) return (whole = true);
      const half = Math.acos(clamp((cr * cr + d * d - kr * kr) / (2 * cr * d), -1, 1));
      const centre = Math.atan2(ys[k]! - cy, xs[k]! - cx);
      covered.push([centre - half, centre + half]);
      return false;
    });
    return whole ? [] : uncovered(covered);
  }

  /** The angle at which disc j's edge faces the place (a place at the very centre faces up). */
  private facing(j: number) {
    const [dx, dy] = [this.ox - this.placed.xs[j]!, this.oy - this.placed.ys[j]!];
    return dx === 0 && dy === 0 ? -Math.PI / 2 : Math.atan2(dy, dx);
  }

  private onEdge(j: number, angle: number): [number, number] {
    const reach = this.reach(j);
    return [this.placed.xs[j]! + reach * Math.cos(angle), this.placed.ys[j]! + reach * Math.sin(angle)];
  }

  /** The point of disc j's edge between two angles nearest the place: the place's projection, or the nearer end. */
  private nearestOnArc(j: number, from: number, to: number) {
    const turned = from + ((((this.facing(j) - from) % TURN) + TURN) % TURN);
    if (turned <= to) this.consider(...this.onEdge(j, turned));
    else {
      this.consider(...this.onEdge(j, from));
      this.consider(...this.onEdge(j, to));
    }
  }
}

/** The gaps between angle intervals around a circle, each as [from, to] with from ≤ to. */
function uncovered(intervals: readonly [number, number][]): [number, number][] {
  if (!intervals.length) return [[0, TURN]];
  // Each interval from a start in [0, 2π), sorted; the sweep goes once around from the first start.
  const sorted = intervals
    .map(([from, to]): [number, number] => {
      const start = ((from % TURN) + TURN) % TURN;
      return [start, start + (to - from)];
    })
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const origin = sorted[0]![0];
  const gaps: [number, number][] = [];
  // An interval running past 2π covers the sweep's start again.
  let reached = Math.max(...sorted.map(([, to]) => to - TURN), sorted[0]![1]);
  for (const [from, to] of sorted) {
    if (from > reached) gaps.push([reached, from]);
    reached = Math.max(reached, to);
  }
  if (reached < origin + TURN) gaps.push([reached, origin + TURN]);
  return gaps;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** Where a circle's centre may be along one side of the frame (its middle when the circle is wider). */
function span(r: number, length: number): [number, number] {
  return r * 2 <= length ? [r, length - r] : [length / 2, length / 2];
}
