import type { ConfigFormat } from '../core/config/parse-config';

/** The pointer to the live configuration: small, so checking it every minute costs little. */
export interface CurrentConfigPointer {
  readonly version: number;
}

/** One saved configuration document, exactly as a support lead wrote it. */
export interface StoredConfigVersion {
  readonly version: number;
  readonly document: string;
  readonly format: ConfigFormat;
  /** ISO instant of saving. */
  readonly savedAt: string;
}

/**
 * Versioned configuration documents. Versions are never overwritten: saving makes a new one and
 * moves the CURRENT pointer, so a router that read version n can always read it again.
 */
export interface ConfigStore {
  /** The CURRENT pointer; undefined before any configuration is saved. */
  currentVersion(): Promise<CurrentConfigPointer | undefined>;
  /** One version; throws ConfigVersionMissingError when it is not stored. */
  readVersion(version: number): Promise<StoredConfigVersion>;
  /**
   * Validates the document (refusing it whole with ConfigValidationError), saves it as the next
   * version and makes it current; returns the new version number.
   */
  saveVersion(document: string, format?: ConfigFormat): Promise<number>;
}
