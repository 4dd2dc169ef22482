// Starts the stand-ins once per run on free ports (so parallel runs on one machine never
// collide), creates the tables and queues under a prefix unique to the run, hands endpoints and
// names to the test files, and stops everything when the run ends.
import type { TestProject } from 'vitest/node';
import { createLocalClients } from '../../functions/local-stack/aws-clients';
import { createResources, type LocalResources } from '../../functions/local-stack/create-resources';
import type { StandInEndpoints } from '../../functions/definitions/stand-in-endpoints';
import { startStandIns } from '../../functions/local-stack/stand-ins';

declare module 'vitest' {
  export interface ProvidedContext {
    standIns: { endpoints: StandInEndpoints; resources: LocalResources; prefix: string };
  }
}

export default async function setup(project: TestProject) {
  const standIns = await startStandIns({ ports: { dynamodb: 0, sqs: 0, sesv2: 0 } });
  const clients = createLocalClients(standIns.endpoints);
  try {
    const prefix = `it-${Date.now().toString(36)}`;
    const resources = await createResources(clients, { prefix });
    project.provide('standIns', { endpoints: standIns.endpoints, resources, prefix });
  } catch (error) {
    await standIns.stop();
    throw error;
  } finally {
    clients.destroy();
  }
  return () => standIns.stop();
}
