import type { SunrouteConfig } from '../core/config/config-schema';
import { validateConfig } from '../core/config/validate-config';
import { compileConfig, type CompiledConfig } from '../core/routing/compiled-config';
import { formatFieldError } from '../core/validation/field-error';
import type { StoredConfigVersion } from '../adapters/config-store';
import type { AdminDependencies } from './dependencies';
import { AdminHttpError } from './admin-http-error';

/** The live version with its configuration validated against today's holiday data. */
export interface CurrentConfig {
  readonly stored: StoredConfigVersion;
  readonly config: SunrouteConfig;
}

/** A stored version that no longer validates is the service's problem, not the caller's. */
export class StoredConfigUnusableError extends Error {
  override readonly name = 'StoredConfigUnusableError';
}

export async function readCurrentConfig(
  deps: AdminDependencies,
): Promise<CurrentConfig | undefined> {
  const pointer = await deps.config.currentVersion();
  return pointer ? readConfigVersion(deps, pointer.version) : undefined;
}

/** A stored version validated against today's holiday data. */
export async function readConfigVersion(
  deps: AdminDependencies,
  version: number,
): Promise<CurrentConfig> {
  const stored = await deps.config.readVersion(version);
  const valid = validateConfig(stored.config, deps.holidays);
  if (!valid.ok) {
    throw new StoredConfigUnusableError(
      `configuration version ${stored.version} does not validate today: ${valid.errors.map(formatFieldError).join('; ')}`,
    );
  }
  return { stored, config: valid.config };
}

export function noConfigStored(): AdminHttpError {
  return new AdminHttpError(404, 'no configuration is stored yet: PUT /config saves the first');
}

export async function requireCurrentConfig(deps: AdminDependencies): Promise<CurrentConfig> {
  const current = await readCurrentConfig(deps);
  if (!current) throw noConfigStored();
  return current;
}

export function compileCurrent(deps: AdminDependencies, current: CurrentConfig): CompiledConfig {
  return compileConfig(current.config, deps.holidays);
}
