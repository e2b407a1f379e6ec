/**
 * Tiny benchmark harness: every figure is printed next to a baseline measured in the same run,
 * so results read as ratios that survive a slower or busier machine.
 */
import { performance } from 'node:perf_hooks'

export interface Measurement {
  name: string
  opsPerSec: number
  /** Mean time per operation in microseconds. */
  meanMicros: number
}

export interface Comparison {
  subject: string
  ours: Measurement
  baseline: Measurement
}

/** Runs `fn` repeatedly for about `durationMs` (after a warm-up) and reports throughput. */
export async function measure(
  name: string,
  fn: () => unknown,
  { durationMs = 1000, batch = 100 }: { durationMs?: number; batch?: number } = {},
): Promise<Measurement> {
  for (let i = 0; i < batch; i++) {
    await fn()
  }
  let ops = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < durationMs) {
    for (let i = 0; i < batch; i++) {
      await fn()
    }
    ops += batch
    elapsed = performance.now() - start
  }
  return { name, opsPerSec: (ops / elapsed) * 1000, meanMicros: (elapsed * 1000) / ops }
}

/** Same as measure, for synchronous work (no await per call, so the loop itself costs little). */
export function measureSync(
  name: string,
  fn: () => unknown,
  { durationMs = 1000, batch = 1000 }: { durationMs?: number; batch?: number } = {},
): Measurement {
  for (let i = 0; i < batch; i++) {
    fn()
  }
  let ops = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < durationMs) {
    for (let i = 0; i < batch; i++) {
      fn()
    }
    ops += batch
    elapsed = performance.now() - start
  }
  return { name, opsPerSec: (ops / elapsed) * 1000, meanMicros: (elapsed * 1000) / ops }
}

function formatOps(ops: number): string {
  return ops >= 1e6 ? `${(ops / 1e6).toFixed(2)}M/s` : ops >= 1e3 ? `${(ops / 1e3).toFixed(1)}k/s` : `${ops.toFixed(1)}/s`
}

/** Prints one comparison row: ours, the baseline, and ours/baseline. */
export function printComparison({ subject, ours, baseline }: Comparison): void {
  const ratio = ours.opsPerSec / baseline.opsPerSec
  console.log(
    `${subject.padEnd(44)} ${ours.name}: ${formatOps(ours.opsPerSec).padStart(10)}   ${baseline.name}: ${formatOps(
      baseline.opsPerSec,
    ).padStart(10)}   ratio ${ratio.toFixed(2)}x`,
  )
}

/** Prints a figure that has no baseline of its own (e.g. parse throughput). */
export function printFigure(subject: string, m: Measurement): void {
  console.log(`${subject.padEnd(44)} ${m.name}: ${formatOps(m.opsPerSec).padStart(10)}   (${m.meanMicros.toFixed(2)} µs/op)`)
}

/**
 * Measures ours and the baseline in alternating rounds and keeps each side's median, so a burst
 * of load on the machine hits both sides alike instead of skewing one of them.
 */
export async function compareAlternating(
  subject: string,
  ours: { name: string; fn: () => unknown },
  baseline: { name: string; fn: () => unknown },
  { rounds = 3, durationMs = 500, batch = 100 }: { rounds?: number; durationMs?: number; batch?: number } = {},
): Promise<Comparison> {
  const oursRuns: Measurement[] = []
  const baselineRuns: Measurement[] = []
  for (let round = 0; round < rounds; round++) {
    oursRuns.push(await measure(ours.name, ours.fn, { durationMs, batch }))
    baselineRuns.push(await measure(baseline.name, baseline.fn, { durationMs, batch }))
  }
  const median = (runs: Measurement[]) => [...runs].sort((a, b) => a.opsPerSec - b.opsPerSec)[Math.floor(runs.length / 2)] as Measurement
  const comparison = { subject, ours: median(oursRuns), baseline: median(baselineRuns) }
  printComparison(comparison)
  return comparison
}
