import { writeFileSync } from "node:fs";
import { chartInput, chartedResults } from "./results-books";
it("writes", async () => {
  const r = await chartedResults(chartInput());
  writeFileSync("/tmp/charts-example.xlsx", r.book.bytes);
  const big = await chartedResults(chartInput(2000));
  writeFileSync("/tmp/charts-2000.xlsx", big.book.bytes);
  const one = await chartedResults(chartInput(1));
  writeFileSync("/tmp/charts-1.xlsx", one.book.bytes);
}, 120000);
