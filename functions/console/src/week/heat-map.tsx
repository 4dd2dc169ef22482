import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { languageName, REGION_NAMES } from '../ui/names';
import { formatDate } from '../ui/zone';
import {
  cellCount,
  cellDetails,
  rowRuns,
  type Row,
  type TeamLine,
  type Unit,
  type Week,
} from './heat-map-model';

export interface HeatMapProps {
  readonly week: Week;
  readonly unit: Unit;
  /** Where the "now" line goes, in slots from the grid's start; none outside the week. */
  readonly now?: number | undefined;
}

interface Active {
  readonly row: number;
  readonly slot: number;
}

export function rowLabel(row: Row): string {
  return row.kind === 'region'
    ? `${row.key} · ${REGION_NAMES[row.key] ?? row.key}`
    : `${row.key} · ${languageName(row.key)}`;
}

interface Layout {
  readonly rows: ReturnType<typeof renderRows>;
  /** Per row, per slot: the first slot of the run drawn over it (the run's id names it). */
  readonly runStart: readonly Int32Array[];
}

// The cells are the bulk of the DOM, so they are built once per week and unit and never
// re-rendered as the pointer or the keyboard moves: the active cell is an outline drawn over
// them, and events are read off the grid by position.
function renderRows(
  week: Week,
  unit: Unit,
  firstSlots: ReadonlySet<number>,
  runStart: Int32Array[],
) {
  return week.rows.map((row, r) => {
    const starts = new Int32Array(week.slots.length);
    const runs = rowRuns(week, row, unit, firstSlots);
    for (const run of runs) starts.fill(run.first, run.first, run.first + run.length);
    runStart.push(starts);
    return (
      <div role="row" class={`hm-row hm-${row.kind}`} key={`${row.kind}-${row.key}`} data-row={r}>
        <div role="rowheader" class="hm-label">
          {rowLabel(row)}
        </div>
        {runs.map((run) => (
          <div
            role="gridcell"
            id={`c${r}-${run.first}`}
            aria-colspan={run.length > 1 ? run.length : undefined}
            class={`hm-cell ${run.level}${firstSlots.has(run.first) ? ' hm-day' : ''}`}
            style={run.length > 1 ? `flex-grow:${run.length}` : undefined}
          >
            {run.count}
          </div>
        ))}
      </div>
    );
  });
}

function layout(week: Week, unit: Unit, firstSlots: ReadonlySet<number>): Layout {
  const runStart: Int32Array[] = [];
  const rows = renderRows(week, unit, firstSlots, runStart);
  return { rows, runStart };
}

/** The hour marks: a block per quarter of each local day (00, 06, 12, 18). */
function hourBlocks(week: Week): { first: number; length: number; label: string }[] {
  const blocks: { first: number; length: number; label: string }[] = [];
  week.slots.forEach((slot, s) => {
    const quarter = Math.floor(Number(slot.time.slice(0, 2)) / 6);
    const last = blocks[blocks.length - 1];
    if (
      last &&
      week.slots[last.first]!.date === slot.date &&
      last.label === String(quarter * 6).padStart(2, '0')
    ) {
      last.length++;
    } else {
      blocks.push({ first: s, length: 1, label: String(quarter * 6).padStart(2, '0') });
    }
  });
  return blocks;
}

function headerRows(week: Week, firstSlots: ReadonlySet<number>) {
  return [
    <div role="row" class="hm-row hm-days" key="days">
      <div role="columnheader" class="hm-label hm-corner">
        {week.zone}
      </div>
      {week.days.map((day) => (
        <div
          role="columnheader"
          aria-colspan={day.hours}
          class="hm-dayhead"
          style={{ flexGrow: day.hours }}
        >
          {formatDate(day.date)}
          {day.hours !== 24 ? <span class="hm-dst"> · {day.hours} h</span> : null}
        </div>
      ))}
    </div>,
    <div role="row" class="hm-row hm-hours" key="hours">
      <div role="columnheader" class="hm-label">
        hour
      </div>
      {hourBlocks(week).map((block) => (
        <div
          role="columnheader"
          aria-colspan={block.length}
          class={`hm-hour${firstSlots.has(block.first) ? ' hm-day' : ''}`}
          style={{ flexGrow: block.length }}
          key={block.first}
        >
          {block.label}
        </div>
      ))}
    </div>,
  ];
}

function minutesNote(minutes: number, of: number): string {
  return minutes > 0 && minutes < of ? ` (${minutes} min)` : '';
}

function TeamDetails({ team, length }: { team: TeamLine; length: number }) {
  const takers = team.agents.filter((agent) => agent.minutes > 0);
  const others = team.agents.filter((agent) => agent.minutes < length && agent.off);
  let status: string;
  if (team.minutes > 0) {
    status = `can take it${minutesNote(team.minutes, length)}: ${takers
      .map((agent) => `${agent.name}${minutesNote(agent.minutes, length)}`)
      .join(', ')}`;
  } else if (team.onMinutes > 0) {
    status =
      team.agents.length === 0
        ? 'on shift, but none of its agents speaks it'
        : 'on shift, but nobody who speaks it is';
  } else {
    status = `off — ${team.off ?? 'no shift'}`;
  }
  return (
    <li>
      <strong>{team.name}</strong> {status}
      {team.byOverride ? ' (on by override)' : ''}
      {team.minutes > 0 && team.off ? `; off for the rest — ${team.off}` : ''}
      {others.length > 0 && team.onMinutes > 0 ? (
        <ul>
          {others.map((agent) => (
            <li key={agent.name}>
              {agent.name}: {agent.off}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function Details({ week, row, slot, unit }: { week: Week; row: Row; slot: number; unit: Unit }) {
  const details = cellDetails(week, row, slot);
  const info = week.slots[slot]!;
  const count = cellCount(row, slot, unit);
  const noun = unit === 'teams' ? 'team' : 'agent';
  return (
    <>
      <p class="hm-details-title">
        <strong>{rowLabel(row)}</strong>, {formatDate(info.date)} {info.time} ({week.zone}, UTC
        {info.offset}), {info.minutes} min:{' '}
        {details.minutes === 0
          ? 'nobody can take a ticket'
          : `${count} ${noun}${count === 1 ? '' : 's'} can take a ticket${minutesNote(details.minutes, info.minutes)}`}
      </p>
      {details.teams.length === 0 ? (
        <p class="hm-gap-text">No team serves this row.</p>
      ) : (
        <ul class="hm-teams">
          {details.teams.map((team) => (
            <TeamDetails key={team.name} team={team} length={info.minutes} />
          ))}
        </ul>
      )}
    </>
  );
}

/** The hour under the pointer: the run it is over, and how far into the run. */
function cellAt(event: MouseEvent): Active | undefined {
  const target = event.target as HTMLElement | null;
  const match = /^c(\d+)-(\d+)$/.exec(target?.id ?? '');
  if (!match || !target) return undefined;
  const span = Number(target.getAttribute('aria-colspan') ?? 1);
  const box = target.getBoundingClientRect();
  const into = Math.floor(((event.clientX - box.left) / Math.max(box.width, 1)) * span);
  return { row: Number(match[1]), slot: Number(match[2]) + Math.max(0, Math.min(span - 1, into)) };
}

/**
 * The week as a day × hour grid in the lead's zone, a row per region and language: how many
 * teams or agents can take a ticket in each hour, gaps marked. One tab stop: arrow keys move
 * between cells (Page Up/Down by a day), and the details of the active cell (hovered or chosen)
 * say who can take it, and why each team or agent who cannot is off.
 */
export function HeatMap({ week, unit, now }: HeatMapProps) {
  const [active, setActive] = useState<Active | undefined>();
  const slots = week.slots.length;
  const firstSlots = useMemo(() => new Set(week.days.map((day) => day.firstSlot)), [week]);
  const header = useMemo(() => headerRows(week, firstSlots), [week, firstSlots]);
  const { rows, runStart } = useMemo(
    () => layout(week, unit, firstSlots),
    [week, unit, firstSlots],
  );
  const current =
    active && active.row < week.rows.length && active.slot < slots ? active : undefined;

  const point = (event: MouseEvent) => {
    const cell = cellAt(event);
    if (cell && (cell.row !== current?.row || cell.slot !== current.slot)) setActive(cell);
  };
  const move = (row: number, slot: number) =>
    setActive({
      row: Math.max(0, Math.min(week.rows.length - 1, row)),
      slot: Math.max(0, Math.min(slots - 1, slot)),
    });
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const at = current ?? { row: 0, slot: 0 };
    const steps: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      PageUp: [0, -24],
      PageDown: [0, 24],
    };
    const step = steps[event.key];
    if (step) move(at.row + step[0], at.slot + step[1]);
    else if (event.key === 'Home') move(at.row, 0);
    else if (event.key === 'End') move(at.row, slots - 1);
    else if (event.key === 'Escape') setActive(undefined);
    else return;
    event.preventDefault();
  };
  const position = (slot: number) =>
    `calc(var(--hm-label) + (100% - var(--hm-label)) * ${slot / slots})`;

  return (
    <div class="hm-scroll">
      <div class="hm-frame" style={{ '--hm-slots': String(slots) }}>
        <div
          class="hm"
          role="grid"
          aria-label={`Coverage by hour in ${week.zone}, one row per region and language`}
          aria-rowcount={week.rows.length + 2}
          aria-colcount={slots + 1}
          tabIndex={0}
          aria-activedescendant={
            current ? `c${current.row}-${runStart[current.row]![current.slot]}` : undefined
          }
          onKeyDown={onKeyDown}
          onFocus={() => current || setActive({ row: 0, slot: Math.floor(now ?? 0) })}
          onMouseMove={point}
          onClick={point}
        >
          {header}
          {rows}
        </div>
        {now === undefined ? null : (
          <div class="hm-now" style={{ left: position(now) }} aria-hidden="true">
            <span>now</span>
          </div>
        )}
        {current ? (
          <>
            <div
              class="hm-active"
              aria-hidden="true"
              style={{
                left: position(current.slot),
                top: `calc(var(--hm-head) + var(--hm-row) * ${current.row})`,
              }}
            />
            <div
              class={`hm-details${current.slot > slots / 2 ? ' hm-details-left' : ''}`}
              role="status"
              style={{
                left: position(current.slot),
                top: `calc(var(--hm-head) + var(--hm-row) * ${current.row + 1} + 4px)`,
              }}
            >
              <Details week={week} row={week.rows[current.row]!} slot={current.slot} unit={unit} />
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
