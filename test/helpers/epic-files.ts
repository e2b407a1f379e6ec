/**
 * Where the epic files used by tests live: our own examples (committed under examples/) and the
 * original system's fixtures (outside the repository, next to it on development machines only —
 * tests that read them skip when they are absent).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const examplesDir = fileURLToPath(new URL('../../examples/epics/', import.meta.url))
export const fixturesDir = fileURLToPath(new URL('../../../shared/fixtures/epics/', import.meta.url))
export const epicSchemaPath = fileURLToPath(new URL('../../docs/formats/epic.schema.json', import.meta.url))
export const hasFixtures = existsSync(fixturesDir)

export const exampleNames = readdirSync(examplesDir).filter((name) => name.endsWith('.epic.json')).sort()
export const fixtureNames = hasFixtures ? readdirSync(fixturesDir).filter((name) => name.endsWith('.json')).sort() : []

export const readExample = (name: string): string => readFileSync(`${examplesDir}${name}`, 'utf8')
export const readFixture = (name: string): string => readFileSync(`${fixturesDir}${name}`, 'utf8')
