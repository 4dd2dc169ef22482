/** S3 answered a read of a stored mail without its content. */
export class RawMailMissingError extends Error {
  override readonly name = 'RawMailMissingError';

  constructor(
    readonly bucket: string,
    readonly key: string,
  ) {
    super(`s3://${bucket}/${key}: the object has no content`);
  }
}
