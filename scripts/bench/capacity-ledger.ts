// Sums what a benchmark's DynamoDB calls consumed, per table and index, from the meter of
// functions/adapters/dynamodb/consumed-capacity.ts; table names lose the local stack's prefix.
import type { CapacityUse } from '../../functions/adapters/dynamodb/consumed-capacity';

export interface CapacityTotals {
  readUnits: number;
  writeUnits: number;
}

export class CapacityLedger {
  private readonly totals = new Map<string, CapacityTotals>();
  private readonly byOperation = new Map<string, CapacityTotals>();

  constructor(private readonly prefix: string) {}

  readonly meter = (use: CapacityUse) => {
    const table = use.table.startsWith(`${this.prefix}-`)
      ? use.table.slice(this.prefix.length + 1)
      : use.table;
    add(this.totals, use.index ? `${table}/${use.index}` : table, use);
    add(this.byOperation, use.operation, use);
  };

  clear() {
    this.totals.clear();
    this.byOperation.clear();
  }

  /** Units per `per` (tickets, runs…), by `Table` or `Table/index`, largest first. */
  per(per: number) {
    return perUnit(this.totals, per);
  }

  /** Units per `per`, by operation (`TransactWriteItems`, `Query`…), largest first. */
  perOperation(per: number) {
    return perUnit(this.byOperation, per);
  }

  sum(): CapacityTotals {
    let readUnits = 0;
    let writeUnits = 0;
    for (const t of this.totals.values()) {
      readUnits += t.readUnits;
      writeUnits += t.writeUnits;
    }
    return { readUnits, writeUnits };
  }
}

function add(map: Map<string, CapacityTotals>, key: string, use: CapacityTotals) {
  const totals = map.get(key) ?? { readUnits: 0, writeUnits: 0 };
  totals.readUnits += use.readUnits;
  totals.writeUnits += use.writeUnits;
  map.set(key, totals);
}

function perUnit(map: Map<string, CapacityTotals>, per: number) {
  return [...map]
    .map(([where, t]) => ({ where, readUnits: t.readUnits / per, writeUnits: t.writeUnits / per }))
    .sort((a, b) => b.readUnits + b.writeUnits - (a.readUnits + a.writeUnits));
}
