/** S3 refused to delete some expired raw mail; the next run tries them again. */
export class RawMailExpiryError extends Error {
  override readonly name = 'RawMailExpiryError';

  constructor(
    readonly bucket: string,
    readonly failed: number,
    readonly code: string | undefined,
  ) {
    super(`s3://${bucket}: ${failed} expired raw mails were not deleted (${code ?? 'no code'})`);
  }
}
