import type Decimal from "decimal.js";
import { SOURCE_KEYS, type Sources } from "../model";
import { sumMoney } from "../money";

/** Σ of the five sources. */
export function sourcesTotal(sources: Sources): Decimal {
  return sumMoney(SOURCE_KEYS.map((key) => sources[key]));
}

/** Σ of every source but the grant: the co-financing. */
export function nonGrantTotal(sources: Sources): Decimal {
  return sumMoney(SOURCE_KEYS.filter((key) => key !== "grant").map((key) => sources[key]));
}
