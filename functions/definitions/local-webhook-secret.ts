// The local stack's webhook secret, well known like the stand-ins' dummy credentials: the gateway
// listens on loopback only, and a newcomer can sign a request without looking anything up.
// SUNROUTE_WEBHOOK_SECRETS, when set where `npm start` runs, replaces it.

export const LOCAL_WEBHOOK_INTEGRATION = 'local';
export const LOCAL_WEBHOOK_SECRET = 'whsec_sunroute_local';
export const LOCAL_WEBHOOK_SECRETS_JSON = JSON.stringify({
  [LOCAL_WEBHOOK_INTEGRATION]: [LOCAL_WEBHOOK_SECRET],
});
