import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { SCHEDULER } from '../../functions/definitions/scheduler';
import { TICKET_INDEXES } from '../../functions/definitions/tables';
import {
  assignmentDeliveryEnvironment,
  grantAssignmentDelivery,
  type AssignmentDeliveryProps,
} from './assignment-delivery';
import { createSunrouteFunction } from './sunroute-function';

export interface SchedulerFunctionProps extends AssignmentDeliveryProps {
  /** The handler module; it must export `handler`. */
  readonly entry: string;
  readonly projectRoot: string;
}

/**
 * The follow-the-sun scheduler (docs/follow-the-sun.md): a function EventBridge runs every few
 * minutes, which hands over, starts queued tickets and escalates, and exactly what it may touch.
 */
export class SchedulerFunction extends Construct {
  readonly function: NodejsFunction;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: SchedulerFunctionProps) {
    super(scope, id);
    this.function = createSunrouteFunction(this, {
      entry: props.entry,
      projectRoot: props.projectRoot,
      description:
        'sunroute scheduler: reads configuration, follows up open tickets, sends their emails',
      memoryMb: SCHEDULER.memoryMb,
      timeoutSeconds: SCHEDULER.timeoutSeconds,
      service: SCHEDULER.service,
      metricsNamespace: SCHEDULER.namespace,
      environment: assignmentDeliveryEnvironment(props),
    });
    // The open tickets by team and status; the sticky agent by thread and customer.
    grantAssignmentDelivery(this.function, props, Object.values(TICKET_INDEXES));

    this.rule = new Rule(this, 'Every5Minutes', {
      description: `sunroute: follow up open tickets every ${SCHEDULER.everyMinutes} minutes`,
      schedule: Schedule.rate(Duration.minutes(SCHEDULER.everyMinutes)),
    });
    // A failed run is not retried: the next one, minutes later, looks at every open ticket again.
    this.rule.addTarget(new LambdaFunction(this.function, { retryAttempts: 0 }));
  }
}
