import type { SESReceipt } from 'aws-lambda';
import type { EmailVerdicts } from '../core/ticket/ticket-schema';

type SesStatus = SESReceipt['spfVerdict']['status'];

/** SES's status as a ticket verdict; `DISABLED` (the scan was off) is no verdict at all. */
function verdict(status: SesStatus | undefined): EmailVerdicts['spf'] {
  switch (status) {
    case 'PASS':
      return 'pass';
    case 'FAIL':
      return 'fail';
    case 'GRAY':
      return 'gray';
    case 'PROCESSING_FAILED':
      return 'processing-failed';
    default:
      return undefined;
  }
}

/** The SPF, DKIM, DMARC and spam verdicts SES receiving put in its event for one mail. */
export function sesVerdicts(receipt: SESReceipt): EmailVerdicts {
  const entries = {
    spf: verdict(receipt.spfVerdict?.status),
    dkim: verdict(receipt.dkimVerdict?.status),
    dmarc: verdict(receipt.dmarcVerdict?.status),
    spam: verdict(receipt.spamVerdict?.status),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
