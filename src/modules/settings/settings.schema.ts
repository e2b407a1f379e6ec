import { Type, type Static } from '@sinclair/typebox'
import { Id, Nullable, RowMetaFields } from '../common.schema.js'

/** scope is 'workspace' or a user id; value is any JSON value. */
export const Setting = Type.Object({
  ...RowMetaFields,
  scope: Type.String({ minLength: 1, maxLength: 64 }),
  userId: Nullable(Id),
  settingKey: Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z][a-z0-9_.]*$' }),
  value: Type.Unknown(),
})
export type Setting = Static<typeof Setting>
export const SettingCreate = Type.Object({
  scope: Setting.properties.scope,
  userId: Type.Optional(Nullable(Id)),
  settingKey: Setting.properties.settingKey,
  value: Type.Unknown(),
})
export type SettingCreate = Static<typeof SettingCreate>
export const SettingPatch = Type.Object({ value: Type.Unknown() })
export type SettingPatch = Static<typeof SettingPatch>
