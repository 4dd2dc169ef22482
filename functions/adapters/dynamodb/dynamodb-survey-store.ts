import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { StoredSurvey, SurveyAnswerOutcome, SurveyOffer, SurveyStore } from '../survey-store';
import { ticketPk } from './ticket-items';

export const SURVEY_SK = 'SURVEY';

/** Surveys in the tickets table, in the ticket's partition: erased with the ticket. */
export class DynamoDbSurveyStore implements SurveyStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async offer(offer: SurveyOffer, expiresAt: number): Promise<boolean> {
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: ticketPk(offer.ticketId), sk: SURVEY_SK, ...offer, expiresAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async markSent(ticketId: string, at: string): Promise<void> {
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: ticketPk(ticketId), sk: SURVEY_SK },
        UpdateExpression: 'SET sentAt = :at',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  }

  async read(ticketId: string): Promise<StoredSurvey | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: ticketPk(ticketId), sk: SURVEY_SK },
        ConsistentRead: true,
      }),
    );
    return Item as StoredSurvey | undefined;
  }

  async answer(
    ticketId: string,
    answer: { readonly score: number; readonly comment?: string },
    now: number,
  ): Promise<SurveyAnswerOutcome> {
    try {
      const { Attributes } = await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: ticketPk(ticketId), sk: SURVEY_SK },
          UpdateExpression: `SET score = :score, answeredAt = :at ${
            answer.comment === undefined ? 'REMOVE #comment' : ', #comment = :comment'
          }`,
          ConditionExpression: 'attribute_exists(pk) AND closesAt > :now',
          ExpressionAttributeNames: { '#comment': 'comment' },
          ExpressionAttributeValues: {
            ':score': answer.score,
            ':at': new Date(now).toISOString(),
            ':now': now,
            ...(answer.comment === undefined ? {} : { ':comment': answer.comment }),
          },
          ReturnValues: 'UPDATED_OLD',
        }),
      );
      return typeof Attributes?.score === 'number' ? 'changed' : 'recorded';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return (await this.read(ticketId)) ? 'closed' : 'missing';
    }
  }
}
