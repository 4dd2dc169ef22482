import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { RawMailArchive } from '../privacy-stores';
import { RawMailExpiryError } from './raw-mail-expiry-error';

/** The inbound-mail bucket (not versioned: a deleted object is gone, not kept as an old version). */
export class S3RawMailArchive implements RawMailArchive {
  constructor(
    private readonly s3: S3Client,
    readonly bucket: string,
    /** Where SES writes raw mail; expiry looks nowhere else. */
    private readonly prefix: string,
  ) {}

  async find(key: string): Promise<Uint8Array | undefined> {
    try {
      const { Body } = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return Body ? await Body.transformToByteArray() : undefined;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') {
        return undefined;
      }
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async expire(beforeMs: number): Promise<number> {
    let expired = 0;
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: this.prefix,
          ...(token ? { ContinuationToken: token } : {}),
        }),
      );
      const old = (page.Contents ?? []).filter(
        (object) => object.Key && object.LastModified && object.LastModified.getTime() < beforeMs,
      );
      // A page is at most 1,000 keys, what one DeleteObjects takes.
      if (old.length > 0) {
        const { Errors = [] } = await this.s3.send(
          new DeleteObjectsCommand({
            Bucket: this.bucket,
            Delete: { Objects: old.map((object) => ({ Key: object.Key! })), Quiet: true },
          }),
        );
        if (Errors.length > 0)
          throw new RawMailExpiryError(this.bucket, Errors.length, Errors[0]?.Code);
        expired += old.length;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return expired;
  }
}
