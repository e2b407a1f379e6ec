import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Value } from '@sinclair/typebox/value'
import { ConfigSchema, ENV_NON_SETTINGS, ENV_SETTINGS, type Config } from './config.schema.js'

/** Startup stops with this; the message names the setting and how to fix it. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>
type Nested = Record<string, unknown>

const settingNameByPath = new Map<string, string>(Object.entries(ENV_SETTINGS).map(([env, path]) => [path, env]))

/**
 * Builds the one frozen Config: defaults ← `duration.config.json` (or $DURATION_CONFIG) ← environment.
 * Unknown keys and invalid values throw ConfigError naming the setting.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Readonly<Config> {
  rejectUnknownEnv(env)
  const fromFile = readConfigFile(env, cwd)
  const merged: Nested = structuredClone(fromFile)
  for (const [envName, path] of Object.entries(ENV_SETTINGS)) {
    const raw = env[envName]
    if (raw === undefined || raw === '') {
      continue
    }
    setPath(merged, path, raw)
  }
  return finalizeConfig(merged)
}

/** Validates a nested config object (used by loadConfig and by tests building configs directly). */
export function finalizeConfig(input: Nested): Readonly<Config> {
  const converted = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, structuredClone(input)))
  const firstError = Value.Errors(ConfigSchema, converted).First()
  if (firstError) {
    const path = firstError.path.replace(/^\//, '').replaceAll('/', '.')
    const envName = settingNameByPath.get(path)
    const name = envName ? `${envName} (${path})` : path || '(root)'
    const hint = firstError.message.includes('Unexpected property')
      ? 'unknown setting: remove it or check its spelling'
      : firstError.message
    throw new ConfigError(`invalid setting ${name}: ${hint}`)
  }
  return deepFreeze(converted as Config)
}

function rejectUnknownEnv(env: Env): void {
  const known = new Set<string>([...Object.keys(ENV_SETTINGS), ...ENV_NON_SETTINGS])
  for (const name of Object.keys(env)) {
    if (name.startsWith('DURATION_') && !known.has(name)) {
      throw new ConfigError(`unknown setting ${name}: check its spelling (see docs/configuration.md)`)
    }
  }
}

function readConfigFile(env: Env, cwd: string): Nested {
  const explicit = env.DURATION_CONFIG
  const path = resolve(cwd, explicit ?? 'duration.config.json')
  if (!existsSync(path)) {
    if (explicit) {
      throw new ConfigError(`DURATION_CONFIG points to ${path}, which does not exist`)
    }
    return {}
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`${path} must hold a JSON object`)
  }
  return parsed as Nested
}

function setPath(target: Nested, path: string, value: unknown): void {
  const parts = path.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    const next = node[part]
    if (typeof next !== 'object' || next === null) {
      node[part] = {}
    }
    node = node[part] as Nested
  }
  node[parts[parts.length - 1] as string] = value
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) {
      deepFreeze(child)
    }
    Object.freeze(value)
  }
  return value
}
