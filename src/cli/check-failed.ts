/**
 * A check that ran and found a problem (a broken audit chain, roll-ups that differ from the recount):
 * its report is already printed; the entry point writes the message to stderr and exits non-zero.
 */
export class CheckFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckFailed';
  }
}
