import { translate, type Lang } from "../../i18n";
import type { Program } from "../../core/model";
import { ENGINE_VERSION } from "../../version";
import { FINGERPRINT_LABEL } from "../fingerprint";

/** What a run stamps on every output sheet so a reader can tell what the numbers came from. */
export interface RenderContext {
  readonly lang: Lang;
  /** The time of the run (stamped in UTC so that it reads the same everywhere). */
  readonly now: Date;
  /** SHA-256 (hex) of the input values. */
  readonly fingerprint: string;
}

/** `2026-11-23 13:15 UTC` */
export function formatStampTime(now: Date): string {
  return `${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * The stamp line: time, engine version, aggregation method, tranche rounding unit, then the input
 * fingerprint behind a fixed `SHA-256:` marker (read back by readStamp in any language).
 */
export function stampText(program: Program, ctx: RenderContext): string {
  const text = translate(ctx.lang, "output.stamp", {
    time: formatStampTime(ctx.now),
    version: ENGINE_VERSION,
    aggregation: translate(ctx.lang, `output.aggregation.${program.aggregation}`),
    rounding: program.trancheRounding.toString(),
  });
  return `${text} · ${FINGERPRINT_LABEL}: ${ctx.fingerprint}`;
}
