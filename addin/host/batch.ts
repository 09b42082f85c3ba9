/**
 * One Excel.run batch that sends its queued work in as few `context.sync()` calls as Excel on the web
 * accepts: a request (and its response) is limited to 5 MB there, so the queue is sent whenever the
 * estimated payload would pass a budget below that limit. The number of syncs grows with the bytes
 * sent, never with the number of rows or cells.
 */

/** What a batch needs of a request context (Excel.RequestContext has it). */
export interface SyncingContext {
  sync(): Promise<unknown>;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
}

/** Bytes one request may carry: under Excel on the web's 5 MB, with room for each operation's envelope. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Bytes of cells one range write carries: a few writes per request, each well under the limit. */
export const CHUNK_BUDGET_BYTES = 1024 * 1024;
/** What one queued operation (a property set, a method call) costs in the request, roughly. */
export const OPERATION_BYTES = 200;

/** The queue of one batch, sent when it is full and at the end. */
export class PayloadBatch {
  private queued = 0;
  private syncs = 0;

  /**
   * @param context - the batch's request context
   * @param budget - the most bytes to queue before sending
   */
  constructor(
    private readonly context: SyncingContext,
    private readonly budget: number = REQUEST_BUDGET_BYTES,
  ) {
    // Recalculating after every write of a big sheet is what makes builds slow (Microsoft's guide).
    context.application.suspendApiCalculationUntilNextSync();
  }

  /**
   * Makes room for an operation of a given size: sends what is queued first if it would not fit.
   * Call it before queuing the operation.
   * @param bytes - the estimated size of the next operation
   */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) {
      await this.sync();
      // The suspension ends with the sync that follows it: ask again for the next part.
      this.context.application.suspendApiCalculationUntilNextSync();
    }
    this.queued += bytes;
  }

  /** Sends what is queued: the last call of a batch. */
  async finish(): Promise<void> {
    await this.sync();
  }

  private async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
  }

  /** The syncs sent so far (for the benchmark and the tests). */
  get sent(): number {
    return this.syncs;
  }
}
