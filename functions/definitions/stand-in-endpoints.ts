/** Base URLs of the running stand-ins, each usable as an SDK client's `endpoint`. */
export interface StandInEndpoints {
  readonly dynamodb: string;
  readonly sqs: string;
  readonly sesv2: string;
  /** aws-ses-v2-local's own API: the web inbox at `/`, sent mail at `GET /store`. */
  readonly sesStore: string;
}
