/**
 * How long scoring + ranking take: 2 000 applications × 15 members × 10 criteria (target < 300 ms),
 * and the growth 200 → 2 000 → 20 000 applications (should be near-linear).
 *
 *   npx esbuild bench/core-ranking.ts --bundle --platform=node --outfile=dist/bench/core-ranking.cjs \
 *     && node dist/bench/core-ranking.cjs
 */
import { rankAndRecommend } from "../src/core/ranking";
import { scoreApplications } from "../src/core/scoring";
import { syntheticCompetition } from "./core-competition";

/** Best wall-clock and CPU milliseconds of `repeats` runs (CPU time shows the cost when the machine is busy). */
function time(applications: number, repeats: number): { wall: number; cpu: number } {
  const input = syntheticCompetition({ applications, members: 15, criteria: 10 });
  // One warm-up so the JIT has compiled the hot paths; then the best of `repeats`.
  rankAndRecommend(input, scoreApplications(input).scores);
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const { scores } = scoreApplications(input);
    const { ranking } = rankAndRecommend(input, scores);
    const used = process.cpuUsage(cpuStarted);
    wall = Math.min(wall, performance.now() - started);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
    if (ranking.length !== applications) throw new Error("ranking lost applications");
  }
  return { wall, cpu };
}

const sizes = [200, 2000, 20000];
const results = sizes.map((n) => ({ n, ...time(n, n >= 20000 ? 3 : 7) }));
for (const { n, wall, cpu } of results) {
  const cells = n * 15 * 10;
  console.log(
    `${String(n).padStart(6)} applications (${cells} score cells): ${wall.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms)`,
  );
}
const [small, medium, large] = results;
if (small && medium && large) {
  const growth = (a: number, b: number): string => `×${(b / a).toFixed(1)}`;
  console.log(
    `growth 200 → 2 000: ${growth(small.wall, medium.wall)}; 2 000 → 20 000: ${growth(medium.wall, large.wall)}`,
  );
  console.log(`2 000 applications: ${medium.wall < 300 ? "within" : "OVER"} the 300 ms target`);
}
