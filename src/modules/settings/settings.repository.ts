import { ACCESS_RULES } from '../../store/access-rules.js'
import { createEntityRepository } from '../../store/entity-repository.js'
import type { Setting, SettingCreate, SettingPatch } from './settings.schema.js'

export const settingsRepository = createEntityRepository<Setting, SettingCreate, SettingPatch>({
  entity: 'setting',
  table: 'settings',
  softDelete: false,
  kinds: { json: ['value'] },
  filterable: ['scope', 'userId', 'settingKey'],
  sortable: ['settingKey', 'createdAt'],
  defaultSort: 'settingKey',
  access: ACCESS_RULES.ownOrWorkspace,
})
