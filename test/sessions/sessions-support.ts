/**
 * Fixtures for the timer, session and analytics suites: a client → project → epic hierarchy and
 * tasks created through the public API, and typed shortcuts for timer calls.
 */
import { expect } from 'vitest'
import type { SignedIn, TestApp } from '../helpers/app.js'

export type Json = Record<string, unknown> & { id: string; version: number }

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

let counter = 0

export async function create(t: TestApp, as: SignedIn, path: string, body: unknown): Promise<Json> {
  const response = await t.request('POST', `/api/v1${path}`, { as, body })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as Json
}

/** A new epic (with its client and project) owned by `as`. */
export async function createEpic(t: TestApp, as: SignedIn, epicKey?: string): Promise<Json> {
  counter += 1
  const client = await create(t, as, '/clients', { clientKey: `c${counter}`, name: `Client ${counter}` })
  const project = await create(t, as, '/projects', { clientId: client.id, projectKey: `p${counter}`, name: 'Project' })
  return create(t, as, '/epics', { epicKey: epicKey ?? `E${counter}`, name: `Epic ${counter}`, projectId: project.id })
}

export function createTask(t: TestApp, as: SignedIn, epic: Json, fields: Record<string, unknown>): Promise<Json> {
  counter += 1
  return create(t, as, '/tasks', { epicId: epic.id, taskKey: `T${counter}`, title: `Task ${counter}`, ...fields })
}

export async function getTask(t: TestApp, as: SignedIn, id: string): Promise<Json & { actualMinutes: number }> {
  const response = await t.request('GET', `/api/v1/tasks/${id}`, { as })
  expect(response.status).toBe(200)
  return response.body as Json & { actualMinutes: number }
}

/** Calls a timer route and expects `status`; returns the timer view. */
export async function timer(t: TestApp, as: SignedIn, method: string, path: string, body?: unknown, status = 200): Promise<TimerViewJson> {
  const response = await t.request(method, `/api/v1/timer${path}`, { as, ...(body === undefined ? {} : { body }) })
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  return response.body as TimerViewJson
}

export const MINUTE = 60_000
