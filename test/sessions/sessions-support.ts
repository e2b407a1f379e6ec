/** Typed shortcuts for timer calls, shared by the timer, session and analytics suites. */
import { expect } from 'vitest'
import type { Json } from '../helpers/api-fixtures.js'
import type { SignedIn, TestApp } from '../helpers/app.js'

export interface TimerViewJson {
  now: string
  session: (Json & { state: string; kind: string; taskId: string | null; actualMinutes: number | null; pausedSeconds: number; interruptionsCount: number; plannedMinutes: number | null }) | null
  task: { id: string; taskKey: string; title: string; actualMinutes: number } | null
  elapsedSeconds: number
  remainingSeconds: number | null
  expired: boolean
  pointsAwarded?: number
  focusStreak?: number | null
}

/** Calls a timer route and expects `status`; returns the timer view. */
export async function timer(t: TestApp, as: SignedIn, method: string, path: string, body?: unknown, status = 200): Promise<TimerViewJson> {
  const response = await t.request(method, `/api/v1/timer${path}`, { as, ...(body === undefined ? {} : { body }) })
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  return response.body as TimerViewJson
}

export const MINUTE = 60_000
