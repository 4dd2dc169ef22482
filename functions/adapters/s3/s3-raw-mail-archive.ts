import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { RawMailArchive } from '../privacy-stores';

/** The inbound-mail bucket (not versioned: a deleted object is gone, not kept as an old version). */
export class S3RawMailArchive implements RawMailArchive {
  constructor(
    private readonly s3: S3Client,
    readonly bucket: string,
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
}
