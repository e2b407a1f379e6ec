/**
 * Rows created and read through the public API of a test app: a client → project → epic hierarchy
 * and tasks, for suites that need something to work on rather than the CRUD itself.
 */
import { expect } from 'vitest'
import type { SignedIn, TestApp } from './app.js'

/** A row as the API returns it. */
export type Json = Record<string, unknown> & { id: string; version: number }

let counter = 0

/** POSTs `body` to `path` (e.g. '/api/v1/clients') as `as`, expects 201 Created and returns the row. */
export async function createResource(t: TestApp, as: SignedIn, path: string, body: unknown): Promise<Json> {
  const response = await t.request('POST', path, { as, body })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as Json
}

/** A new epic (with its client and project) owned by `as`. */
export async function createEpic(t: TestApp, as: SignedIn, epicKey?: string): Promise<Json> {
  counter += 1
  const client = await createResource(t, as, '/api/v1/clients', { clientKey: `c${counter}`, name: `Client ${counter}` })
  const project = await createResource(t, as, '/api/v1/projects', { clientId: client.id, projectKey: `p${counter}`, name: 'Project' })
  return createResource(t, as, '/api/v1/epics', { epicKey: epicKey ?? `E${counter}`, name: `Epic ${counter}`, projectId: project.id })
}

export function createTask(t: TestApp, as: SignedIn, epic: Json, fields: Record<string, unknown>): Promise<Json> {
  counter += 1
  return createResource(t, as, '/api/v1/tasks', { epicId: epic.id, taskKey: `T${counter}`, title: `Task ${counter}`, ...fields })
}

export async function getTask(t: TestApp, as: SignedIn, id: string): Promise<Json & { actualMinutes: number }> {
  const response = await t.request('GET', `/api/v1/tasks/${id}`, { as })
  expect(response.status).toBe(200)
  return response.body as Json & { actualMinutes: number }
}
