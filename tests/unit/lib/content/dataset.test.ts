/** @jest-environment node */
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

import {applyPerspective, DatasetFile, parseNdjson, runQuery} from '@/lib/content/dataset'

const docs = parseNdjson(
  [
    '{"_id":"a","_type":"treatment","title":"A"}',
    '{"_id":"drafts.a","_type":"treatment","title":"A draft"}',
    '{"_id":"drafts.new","_type":"treatment","title":"Only a draft"}',
    '{"_id":"versions.r1.a","_type":"treatment","title":"A in a release"}',
    '{"_id":"_.groups.public","_type":"system.group"}',
    '',
  ].join('\n'),
)

describe('parseNdjson', () => {
  it('reads one document per line and skips blank lines', () => {
    expect(docs.map(({_id}) => _id)).toEqual([
      'a',
      'drafts.a',
      'drafts.new',
      'versions.r1.a',
      '_.groups.public',
    ])
  })

  it.each([
    ['{"_id":"a","_type":"t"}\n{not json', 'line 2 is not valid JSON'],
    ['{"_type":"t"}', 'line 1 is not a document'],
    ['[1,2]', 'line 1 is not a document'],
    ['{"_id":"","_type":"t"}', 'line 1 is not a document'],
  ])('rejects malformed input %j with the line number', (text, message) => {
    expect(() => parseNdjson(text, 'x.ndjson')).toThrow(message)
  })
})

describe('applyPerspective', () => {
  it('published: no drafts, no release versions, no system documents', () => {
    expect(applyPerspective(docs, 'published').map(({_id}) => _id)).toEqual(['a'])
  })

  it('drafts: each draft replaces its published document under the published id', () => {
    const result = applyPerspective(docs, 'drafts')
    expect(result).toEqual([
      {_id: 'a', _type: 'treatment', title: 'A draft'},
      {_id: 'new', _type: 'treatment', title: 'Only a draft'},
    ])
  })
})

describe('runQuery', () => {
  it('evaluates GROQ with parameters', async () => {
    const published = applyPerspective(docs, 'published')
    await expect(runQuery(published, '*[_id == $id][0].title', {id: 'a'})).resolves.toBe('A')
  })

  it('throws on a query that does not parse', async () => {
    await expect(runQuery([], '*[', {})).rejects.toThrow()
  })
})

describe('DatasetFile', () => {
  it('parses once and again only when the file changed on disk', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dataset-'))
    const file = path.join(dir, 'data.ndjson')
    await writeFile(file, '{"_id":"a","_type":"t","n":1}\n')
    const dataset = new DatasetFile(file)
    const first = await dataset.documents()
    expect(await dataset.documents()).toBe(first)

    await writeFile(file, '{"_id":"a","_type":"t","n":2}\n{"_id":"b","_type":"t"}\n')
    const second = await dataset.documents()
    expect(second).not.toBe(first)
    expect(second).toHaveLength(2)
  })

  it('fails with a clear error when the file cannot be read', async () => {
    await expect(new DatasetFile('/nonexistent/data.ndjson').documents()).rejects.toThrow(
      'Cannot read the content dataset /nonexistent/data.ndjson',
    )
  })
})
