import type { DynamoDBRecord } from 'aws-lambda';
import type { CompiledConfig } from '../core/routing/compiled-config';

/** What one stream record says about room for waiting tickets. */
export type RoomChange =
  /** An agent's load gave a place back: that agent's team may take from its line. */
  | { readonly kind: 'agent-released'; readonly agentId: string }
  /** A new configuration version is current: any team may have more room (or agents). */
  | { readonly kind: 'config-saved' }
  /** Nothing the line acts on (the event source's filters normally keep these away). */
  | { readonly kind: 'other' };

/** Reads a record of the tickets or config table's stream by its keys (tables.ts). */
export function roomChange(record: DynamoDBRecord): RoomChange {
  const keys = record.dynamodb?.Keys;
  const pk = keys?.pk?.S;
  const sk = keys?.sk?.S;
  if (pk === 'CONFIG' && sk === 'CURRENT') return { kind: 'config-saved' };
  if (pk?.startsWith('AGENT#') && sk === 'LOAD') {
    // A take that slipped through a filter frees nothing; a release does.
    const change = record.dynamodb?.NewImage?.lastChange?.S;
    if (change === 'release' || change === undefined) {
      return { kind: 'agent-released', agentId: pk.slice('AGENT#'.length) };
    }
  }
  return { kind: 'other' };
}

/** The teams whose lines a change calls for filling. */
export function teamsToFill(change: RoomChange, compiled: CompiledConfig): string[] {
  switch (change.kind) {
    case 'config-saved':
      return compiled.teams.map((team) => team.id);
    case 'agent-released': {
      const team = compiled.agentsById.get(change.agentId)?.config.team;
      return team === undefined ? [] : [team];
    }
    case 'other':
      return [];
  }
}
