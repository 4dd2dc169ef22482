// The heat map alone, for `npm run bench:console`: the page the bench opens in headless Chromium
// renders the component from scratch several times and times each render up to a finished layout,
// and times moving the active cell (what hovering does).
import { render } from 'preact';
import '../src/styles.css';
import { HeatMap } from '../src/week/heat-map';
import type { Week } from '../src/week/heat-map-model';

export interface HeatMapTimings {
  /** Render into an empty container, then a forced layout: each fresh mount, in ms. */
  readonly mounts: number[];
  /** Of each mount, the part before layout: Preact building the DOM. */
  readonly builds: number[];
  /** The same, until the next animation frame has run (the browser painted it). */
  readonly toFrame: number[];
  /** Moving the active cell by hovering another, until its details are laid out. */
  readonly hovers: number[];
  readonly cells: number;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function runBench(week: Week, runs: number): Promise<HeatMapTimings> {
  const mounts: number[] = [];
  const toFrame: number[] = [];
  const hovers: number[] = [];
  const builds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const host = document.createElement('div');
    document.body.append(host);
    const start = performance.now();
    render(<HeatMap week={week} unit={i % 2 === 0 ? 'teams' : 'agents'} now={40.5} />, host);
    builds.push(performance.now() - start);
    void host.getBoundingClientRect().height;
    mounts.push(performance.now() - start);
    await nextFrame();
    toFrame.push(performance.now() - start);
    await settled();
    for (let k = 0; k < 5; k++) {
      const row = host.querySelectorAll('.hm-row[data-row]')[(k * 7) % week.rows.length]!;
      const cells = row.querySelectorAll('.hm-cell');
      const cell = cells[(k * 5 + i) % cells.length]!;
      const box = cell.getBoundingClientRect();
      const hover = performance.now();
      cell.dispatchEvent(
        new MouseEvent('mousemove', { bubbles: true, clientX: box.left + 1, clientY: box.top + 1 }),
      );
      await settled();
      void host.querySelector('.hm-details')!.getBoundingClientRect().height;
      hovers.push(performance.now() - hover);
    }
    render(null, host);
    host.remove();
  }
  return { mounts, builds, toFrame, hovers, cells: week.rows.length * week.slots.length };
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
