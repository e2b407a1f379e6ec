import { NotFoundError, PermissionError, ValidationError } from '../../domain/errors.js'
import { seesEverything, type Actor } from '../../identity/actor.js'
import { validateWorkspaceCalendarSetting } from '../calendar/workspace-calendar.schema.js'
import type { ResourceServiceDeps } from '../resource.service.js'
import { settingsRepository } from './settings.repository.js'
import type { Setting } from './settings.schema.js'

export const SETTING_SCOPES = ['user', 'workspace'] as const
export type SettingScope = (typeof SETTING_SCOPES)[number]
const MAX_VALUE_BYTES = 16 * 1024

export interface SettingsService {
  list(actor: Actor): Promise<Setting[]>
  put(actor: Actor, key: string, input: { scope: SettingScope; value: unknown; version?: number | undefined }): Promise<Setting>
  remove(actor: Actor, key: string, scope: SettingScope, expectedVersion: number): Promise<void>
}

/**
 * Per-user settings (timer lengths, UI preferences) and workspace settings (holiday calendar,
 * 2FA policy). Anyone reads workspace settings; only owners/admins change them.
 */
export function createSettingsService({ store, clock, audit }: ResourceServiceDeps): SettingsService {
  const scopeKey = (actor: Actor, scope: SettingScope) => (scope === 'workspace' ? 'workspace' : actor.userId)
  const guardWrite = (actor: Actor, scope: SettingScope) => {
    if (scope === 'workspace' && !seesEverything(actor)) {
      throw new PermissionError('only owners and admins change workspace settings')
    }
  }
  const find = async (actor: Actor, key: string, scope: SettingScope) =>
    await settingsRepository.findOne(store.db, { scope: scopeKey(actor, scope), settingKey: key })

  return {
    async list(actor) {
      return (await settingsRepository.list(store.db, { visibleTo: actor.userId, limit: 200 })).items
    },

    put(actor, key, input) {
      guardWrite(actor, input.scope)
      if (Buffer.byteLength(JSON.stringify(input.value ?? null)) > MAX_VALUE_BYTES) {
        throw new ValidationError('setting value too large', [{ pointer: '/value', message: `at most ${MAX_VALUE_BYTES} bytes of JSON` }])
      }
      if (input.scope === 'workspace') {
        validateWorkspaceCalendarSetting(key, input.value)
      }
      return store.write(async (tx) => {
        const existing = await settingsRepository.findOne(tx, { scope: scopeKey(actor, input.scope), settingKey: key })
        if (!existing) {
          const created = await settingsRepository.insert(
            tx,
            { scope: scopeKey(actor, input.scope), userId: input.scope === 'user' ? actor.userId : null, settingKey: key, value: input.value },
            clock,
          )
          await audit.record(tx, actor, { action: 'setting.create', entity: 'setting', entityId: created.id, after: created })
          return created
        }
        if (input.version === undefined) {
          throw new ValidationError('this setting exists: send its version to replace it', [{ pointer: '/version', message: 'required' }])
        }
        const updated = await settingsRepository.update(tx, existing.id, input.version, { value: input.value }, clock)
        await audit.record(tx, actor, { action: 'setting.update', entity: 'setting', entityId: existing.id, before: existing, after: updated })
        return updated
      })
    },

    async remove(actor, key, scope, expectedVersion) {
      guardWrite(actor, scope)
      const existing = await find(actor, key, scope)
      if (!existing) {
        throw new NotFoundError('setting', key)
      }
      await store.write(async (tx) => {
        await settingsRepository.remove(tx, existing.id, expectedVersion)
        await audit.record(tx, actor, { action: 'setting.delete', entity: 'setting', entityId: existing.id, before: existing })
      })
    },
  }
}
