/**
 * The two things the adapter needs from its host, injected so that tests pass a fake: `Excel.run` and the
 * requirement-set check (`Office.context.requirements.isSetSupported`).
 */

/** `Excel.run` with one batch function. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Whether the host supports a requirement set, e.g. `("ExcelApi", "1.9")`. */
export type SupportsSet = (name: string, version: string) => boolean;

/**
 * Runs `step` for each item, one after the other. A batch per item is deliberate where used (a large write
 * cut into requests under Excel on the web's 5 MB limit): the number of items is bounded by the payload
 * size, not by the number of rows.
 */
export async function inSequence<T>(
  items: readonly T[],
  step: (item: T, index: number) => Promise<void>,
): Promise<void> {
  await items.reduce<Promise<void>>(
    (previous, item, index) => previous.then(() => step(item, index)),
    Promise.resolve(),
  );
}
