/**
 * Tooltips on the build-time charts, an enhancement only: the chart and its
 * table read without it. Pointer: the mark nearest the pointer. Keyboard:
 * the chart takes focus once; arrow keys, Home and End move between its
 * marks; Escape hides the tooltip. The tooltip's text is the mark's
 * data-label, written by the build in the page's language, and is announced
 * politely.
 */
const MARK = '.chart__mark[data-label]';

function enhance(svg: SVGSVGElement): void {
  const holder = svg.parentElement;
  if (!holder || svg.dataset['tooltips'] === 'on') return;
  const marks = [...svg.querySelectorAll<SVGGraphicsElement>(MARK)];
  if (marks.length === 0) return;
  svg.dataset['tooltips'] = 'on';
  holder.classList.add('kpi__chart--interactive');
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  holder.append(tip);
  svg.setAttribute('tabindex', '0');
  let current = -1;

  const show = (index: number) => {
    const mark = marks[index];
    if (!mark) return;
    marks[current]?.classList.remove('chart__mark--active');
    current = index;
    mark.classList.add('chart__mark--active');
    tip.textContent = mark.dataset['label'] ?? '';
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const frame = holder.getBoundingClientRect();
    const left = Math.min(
      Math.max(box.left + box.width / 2 - frame.left, tip.offsetWidth / 2),
      frame.width - tip.offsetWidth / 2,
    );
    tip.style.left = `${left}px`;
    tip.style.top = `${box.top - frame.top}px`;
  };
  const hide = () => {
    marks[current]?.classList.remove('chart__mark--active');
    current = -1;
    tip.hidden = true;
  };

  svg.addEventListener('pointermove', (event) => {
    let best = -1;
    let bestDistance = Infinity;
    marks.forEach((mark, index) => {
      const box = mark.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      const d = inside
        ? -1
        : Math.hypot(event.clientX - (box.left + box.width / 2), event.clientY - (box.top + box.height / 2));
      if (d < bestDistance) [best, bestDistance] = [index, d];
    });
    if (best >= 0 && bestDistance < 48) show(best);
    else hide();
  });
  svg.addEventListener('pointerleave', hide);
  svg.addEventListener('focus', () => show(current >= 0 ? current : marks.length - 1));
  svg.addEventListener('blur', hide);
  svg.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: marks.length - 1,
    };
    if (event.key === 'Escape') {
      hide();
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(Math.min(Math.max(next, 0), marks.length - 1));
  });
}

for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) enhance(svg);
