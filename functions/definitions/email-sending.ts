// How functions learn where assignment emails come from, as plain data shared by the CDK stack
// and the local stack, so the handler reads the same variable names in both.

export interface EmailSendingDefinition {
  /** Environment variable holding the verified sender address (the SES identity). */
  readonly senderEmailEnv: string;
  /** Environment variable holding the SES configuration set every send must name. */
  readonly configurationSetEnv: string;
  /** Configuration set name when CDK context gives none. */
  readonly defaultConfigurationSetName: string;
}

export const EMAIL_SENDING: EmailSendingDefinition = {
  senderEmailEnv: 'SENDER_EMAIL',
  configurationSetEnv: 'SES_CONFIGURATION_SET',
  defaultConfigurationSetName: 'sunroute',
};
