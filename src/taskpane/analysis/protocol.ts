import Decimal from "decimal.js";
import { analyze } from "../../core/analyze";
import type { GszInput, GszResult } from "../../core/model";

/**
 * The messages between the pane and its analysis worker. GszInput and GszResult hold decimal.js numbers,
 * which lose their prototype in postMessage's structured clone: every Decimal travels as
 * `{ $decimal: "123.45" }` (its exact digits) and is rebuilt on the other side; the rest is plain data.
 */

/** A Decimal in transit. */
interface EncodedDecimal {
  readonly $decimal: string;
}

/** `value` with every Decimal replaced by its `{ $decimal }` form (arrays and plain objects copied). */
export function encode(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return { $decimal: (value as Decimal).toString() } satisfies EncodedDecimal;
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = encode(item);
    return out;
  }
  return value;
}

function isEncodedDecimal(value: object): value is EncodedDecimal {
  const keys = Object.keys(value);
  return (
    keys.length === 1 && keys[0] === "$decimal" && typeof (value as EncodedDecimal).$decimal === "string"
  );
}

/** The inverse of `encode`: every `{ $decimal }` back to a Decimal. */
export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === "object") {
    if (isEncodedDecimal(value)) return new Decimal(value.$decimal);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = decode(item);
    return out;
  }
  return value;
}

export interface AnalyzeRequest {
  readonly id: number;
  readonly input: unknown;
}

export type AnalyzeResponse =
  { readonly id: number; readonly result: unknown } | { readonly id: number; readonly error: string };

export function analyzeRequest(id: number, input: GszInput): AnalyzeRequest {
  return { id, input: encode(input) };
}

/** What the worker does with a request: decode, analyze, encode; a failure comes back as its message. */
export function answerRequest(request: AnalyzeRequest): AnalyzeResponse {
  try {
    return { id: request.id, result: encode(analyze(decode(request.input) as GszInput)) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The result of a response, or the worker's failure thrown as an Error. */
export function resultOf(response: AnalyzeResponse): GszResult {
  if ("error" in response) throw new Error(`analysis worker: ${response.error}`);
  return decode(response.result) as GszResult;
}
