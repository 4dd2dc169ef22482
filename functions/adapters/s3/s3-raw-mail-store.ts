import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RawMailStore } from '../raw-mail-store';
import { RawMailMissingError } from './raw-mail-missing-error';

/** The inbound-mail bucket SES receiving writes to. */
export class S3RawMailStore implements RawMailStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async read(key: string): Promise<Uint8Array> {
    const { Body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!Body) throw new RawMailMissingError(this.bucket, key);
    return Body.transformToByteArray();
  }
}
