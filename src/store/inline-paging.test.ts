import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { InlinePagingPlugin } from './inline-paging.js'

interface Db {
  tasks: { id: string; title: string }
}

const db = new Kysely<Db>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new SqliteIntrospector(k),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
  plugins: [new InlinePagingPlugin()],
})

describe('LIMIT and OFFSET as literals on SQLite', () => {
  it('inlines integer limits and offsets and keeps every other value a parameter', () => {
    const query = db.selectFrom('tasks').selectAll().where('title', '=', '5').limit(20).offset(40).compile()
    expect(query.sql).toBe('select * from "tasks" where "title" = ? limit 20 offset 40')
    expect(query.parameters).toEqual(['5'])
  })

  it('leaves anything but a non-negative safe integer as a bound parameter', () => {
    for (const value of [1.5, -1, 2 ** 60, '3']) {
      const query = db.selectFrom('tasks').selectAll().limit(value as number).compile()
      expect(query.sql, String(value)).toBe('select * from "tasks" limit ?')
      expect(query.parameters).toEqual([value])
    }
  })

  it('reaches limits inside subqueries too', () => {
    const query = db.selectFrom('tasks').selectAll().where('id', 'in', (eb) => eb.selectFrom('tasks').select('id').limit(3)).compile()
    expect(query.sql).toBe('select * from "tasks" where "id" in (select "id" from "tasks" limit 3)')
    expect(sql`select 1`.compile(db).sql).toBe('select 1')
  })
})
