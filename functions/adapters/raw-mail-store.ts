/** Where SES receiving keeps each inbound mail exactly as it arrived. */
export interface RawMailStore {
  /** The raw RFC 822 bytes stored under `key`; throws when there are none. */
  read(key: string): Promise<Uint8Array>;
}
