import {evaluateSync, type ExprNode} from 'groq-js'

import type {SanityDocument} from './types'

/*
 * Indexes for the local backend, so a query does not scan every document while it still runs the
 * real GROQ (groq-js). Measured at 10,000 treatments: groq-js evaluates a filter over the whole
 * dataset for every `*[…]`, and a treatment page's query has three of them plus three
 * dereferences (about 76 ms). Before evaluation the query tree is rewritten, never its meaning:
 *
 * - `*[path == value && …]` starts from the documents whose `path` has that value (an index by
 *   `_type`, `slug.current`, `parent._ref` …), and the full filter still runs on them;
 * - `*[references(id) && …]` starts from the documents that hold a reference to that id (how a
 *   page finds its translations: measured at 2000 treatments in three languages, the index of
 *   every language took 93 s scanning, since each treatment looked through every translation
 *   link);
 * - a subquery that depends on the document being projected (`*[parent._ref == ^._id]`) is
 *   evaluated per document, with `^` replaced by that document, so it becomes indexable too;
 * - a subquery that depends on nothing around it is evaluated once, not once per outer document;
 * - `a->` dereferences look the id up in a map instead of scanning.
 *
 * Anything the planner does not recognise is left to groq-js as it is: slower, never different.
 * tests/unit/dataset.test.ts compares planned and plain results for every query of the site.
 */

/** The query tree, seen loosely: the planner walks it generically. */
type Node = {type: string; [key: string]: unknown}

const value = (data: unknown): Node => ({type: 'Value', value: data})

/** Equality lookups by attribute path ("slug.current"), built the first time a path is asked for. */
export class DatasetIndex {
  readonly byId = new Map<string, SanityDocument>()
  private readonly byPath = new Map<string, Map<unknown, SanityDocument[]>>()
  private byReference?: Map<string, SanityDocument[]>

  private readonly positions = new Map<SanityDocument, number>()

  constructor(readonly documents: readonly SanityDocument[]) {
    documents.forEach((document, position) => {
      this.byId.set(document._id, document)
      this.positions.set(document, position)
    })
  }

  private position(document: SanityDocument): number {
    return this.positions.get(document) ?? 0
  }

  lookup(path: string[], wanted: unknown): SanityDocument[] {
    const key = path.join('.')
    let buckets = this.byPath.get(key)
    if (!buckets) {
      buckets = new Map()
      for (const document of this.documents) {
        let current: unknown = document
        for (const name of path) {
          current =
            current && typeof current === 'object'
              ? (current as Record<string, unknown>)[name]
              : undefined
        }
        if (typeof current !== 'string' && typeof current !== 'number') continue
        const bucket = buckets.get(current)
        if (bucket) bucket.push(document)
        else buckets.set(current, [document])
      }
      this.byPath.set(key, buckets)
    }
    return buckets.get(wanted) ?? []
  }

  /** The documents that hold a reference (`_ref`, anywhere in them) to one of `ids`. */
  referencing(ids: string[]): SanityDocument[] {
    if (!this.byReference) {
      const byReference = new Map<string, SanityDocument[]>()
      for (const document of this.documents) {
        for (const ref of new Set(referencesIn(document))) {
          const bucket = byReference.get(ref)
          if (bucket) bucket.push(document)
          else byReference.set(ref, [document])
        }
      }
      this.byReference = byReference
    }
    if (ids.length === 1) return this.byReference.get(ids[0]!) ?? []
    // In dataset order, as a scan would find them.
    const found = new Set(ids.flatMap((id) => this.byReference!.get(id) ?? []))
    return [...found].sort((a, b) => this.position(a) - this.position(b))
  }
}

function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn)
  if (!value || typeof value !== 'object') return []
  const refs: string[] = []
  for (const [key, child] of Object.entries(value)) {
    if (key === '_ref' && typeof child === 'string') refs.push(child)
    else if (child && typeof child === 'object') refs.push(...referencesIn(child))
  }
  return refs
}

const indexes = new WeakMap<readonly SanityDocument[], DatasetIndex>()

/** The index of a document array (built once per array: a dataset file version and perspective). */
export function indexOf(documents: readonly SanityDocument[]): DatasetIndex {
  let index = indexes.get(documents)
  if (!index) {
    index = new DatasetIndex(documents)
    indexes.set(documents, index)
  }
  return index
}

/** Runs a parsed query over indexed documents: the same result as groq-js alone, sooner. */
export function evaluatePlanned(tree: ExprNode, index: DatasetIndex, params: object): unknown {
  const options = {
    dataset: index.documents,
    params: params as Record<string, unknown>,
    dereference: ({_ref}: {_ref: string}) => index.byId.get(_ref) ?? null,
  }
  const run = (node: Node) => evaluateSync(node as unknown as ExprNode, options).data
  return run(plan(tree as unknown as Node, index, run))
}

/** An attribute path on the current document (`slug.current`), or undefined. */
function attributePath(node: Node): string[] | undefined {
  if (node.type !== 'AccessAttribute') return undefined
  const base = node.base as Node | undefined
  if (!base || base.type === 'This') return [node.name as string]
  const rest = attributePath(base)
  return rest && [...rest, node.name as string]
}

/** Whether a node's value is known without any document (literals, and attributes of literals). */
function isStatic(node: Node): boolean {
  if (node.type === 'Value') return true
  if (node.type === 'AccessAttribute' && node.base) return isStatic(node.base as Node)
  return false
}

/** The documents a filter can possibly match, from its `path == static value` conditions. */
function candidates(
  condition: Node,
  index: DatasetIndex,
  run: (node: Node) => unknown,
): SanityDocument[] | undefined {
  // A condition that reads no document (`defined(^.parent._ref)` once `^` is bound) is decided
  // here: when it is not true, nothing can match.
  if (isClosed(condition)) return run(condition) === true ? undefined : []
  if (condition.type === 'And') {
    const sides = [condition.left, condition.right].map((side) =>
      candidates(side as Node, index, run),
    )
    const known = sides.filter((side): side is SanityDocument[] => side !== undefined)
    return known.sort((a, b) => a.length - b.length)[0]
  }
  if (condition.type === 'FuncCall' && condition.name === 'references') {
    const args = condition.args as Node[]
    if (!args.every(isStatic)) return undefined
    const ids = args.flatMap((arg) => [run(arg)].flat())
    // Only ids can be looked up; anything else is left to the full filter.
    if (!ids.every((id) => typeof id === 'string')) return undefined
    return index.referencing(ids as string[])
  }
  if (condition.type !== 'OpCall' || condition.op !== '==') return undefined
  for (const [left, right] of [
    [condition.left, condition.right],
    [condition.right, condition.left],
  ] as Node[][]) {
    const path = attributePath(left!)
    if (path && isStatic(right!)) {
      const wanted = run(right!)
      // Only strings and numbers are indexed; anything else is left to the full filter.
      if (typeof wanted === 'string' || typeof wanted === 'number') {
        return index.lookup(path, wanted)
      }
    }
  }
  return undefined
}

/** Whether a subtree refers to an enclosing scope (`^`), which makes it depend on where it runs. */
function refersToParent(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false
  if (Array.isArray(node)) return node.some(refersToParent)
  if ((node as Node).type === 'Parent') return true
  return Object.values(node).some(refersToParent)
}

/**
 * Rebuilds a node with `map` applied to each child the planner understands, telling it how many
 * scopes the child enters (a filter's condition and a projection's expression: one; Map's scope
 * is hidden, so `^` inside it skips it). Undefined for constructs the planner does not know.
 */
function mapChildren(node: Node, map: (child: Node, addedDepth: 0 | 1) => Node): Node | undefined {
  const child = (key: string, addedDepth: 0 | 1 = 0) =>
    node[key] ? {[key]: map(node[key] as Node, addedDepth)} : {}
  switch (node.type) {
    case 'Filter':
    case 'Projection':
      return {...node, ...child('base'), ...child('expr', 1)}
    case 'Map':
      return {...node, ...child('base'), ...child('expr')}
    case 'Object':
      return {
        ...node,
        attributes: (node.attributes as Node[]).map((attribute) =>
          'value' in attribute ? {...attribute, value: map(attribute.value as Node, 0)} : attribute,
        ),
      }
    case 'And':
    case 'Or':
    case 'OpCall':
      return {...node, ...child('left'), ...child('right')}
    case 'Not':
    case 'Group':
    case 'AccessAttribute':
    case 'AccessElement':
    case 'Slice':
    case 'Deref':
    case 'ArrayCoerce':
    case 'PipeFuncCall':
      return {...node, ...child('base')}
    case 'FuncCall':
      return {...node, args: (node.args as Node[]).map((arg) => map(arg, 0))}
    default:
      return undefined
  }
}

/**
 * Replaces `^` that refers to `element` (the document a projection is evaluated for) by its value.
 * `depth` counts the scopes entered below the projection: `^` at depth n with n === depth is the
 * element. Unknown constructs are left as they are.
 */
function bindParent(node: Node, element: unknown, depth: number): Node {
  if (node.type === 'Parent') return node.n === depth ? value(element) : node
  if (node.type === 'Value' || !refersToParent(node)) return node
  return mapChildren(node, (child, added) => bindParent(child, element, depth + added)) ?? node
}

/**
 * Whether a tree reads the scope it is evaluated in through `^`, or one above it (a `^` that
 * climbs to its root or out of it, or a `^` in a construct the planner does not know). `depth`
 * counts the scopes entered below the root.
 */
function escapes(node: Node, depth: number): boolean {
  if (node.type === 'Parent') return (node.n as number) >= depth
  if (node.type === 'Value' || !refersToParent(node)) return false
  let found = false
  const known = mapChildren(node, (child, added) => {
    found ||= escapes(child, depth + added)
    return child
  })
  return known === undefined || found
}

function plan(node: Node, index: DatasetIndex, run: (node: Node) => unknown): Node {
  const planned = (child: unknown) => plan(child as Node, index, run)
  switch (node.type) {
    case 'Filter': {
      let filter: Node = {...node, base: planned(node.base), expr: planned(node.expr)}
      if (filter.base && (filter.base as Node).type === 'Everything') {
        const found = candidates(node.expr as Node, index, run)
        if (found) filter = {...filter, base: value(found)}
      }
      // A subquery that refers to no enclosing scope has one value wherever it appears: computed
      // once here instead of once per document of an outer filter.
      return isClosed(filter) ? value(run(filter)) : filter
    }
    case 'Projection':
    case 'Map': {
      const base = planned(node.base)
      const expr = node.expr as Node
      // For `{…, "children": *[parent._ref == ^._id]}`: evaluate per document, `^` bound.
      const projection = node.type === 'Map' && expr.type === 'Projection' ? expr : node
      const inner = projection.expr as Node
      const perElement = node.type === 'Projection' || projection !== node
      // Bound to a placeholder first: worth it only when `^` refers to the projected document,
      // and possible only when nothing else refers above it.
      const probe = perElement ? bindParent(inner, PLACEHOLDER, 0) : inner
      if (perElement && containsPlaceholder(probe) && !escapes(probe, 0) && isClosed(base)) {
        const project = (element: unknown) =>
          run({
            type: 'Projection',
            base: value(element),
            expr: planned(bindParent(inner, element, 0)),
          })
        const data = run(base)
        if (node.type === 'Map')
          return value(Array.isArray(data) ? data.map(project) : null) as Node
        const isObject = data !== null && typeof data === 'object' && !Array.isArray(data)
        return value(isObject ? project(data) : null) as Node
      }
      return {...node, base, expr: planned(expr)}
    }
    default: {
      if (node.type === 'Value') return node
      const copy: Record<string, unknown> = {...node}
      for (const [key, child] of Object.entries(node)) {
        if (Array.isArray(child))
          copy[key] = child.map((item) => (isNode(item) ? planned(item) : item))
        else if (isNode(child)) copy[key] = planned(child)
      }
      return copy as Node
    }
  }
}

/**
 * Whether a tree can be evaluated on its own, anywhere: it reads neither the document around it
 * (`@`, or an attribute without a base) nor an enclosing scope (`^`).
 */
function isClosed(node: Node): boolean {
  return !readsRootScope(node) && !escapes(node, 0)
}

function readsRootScope(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(readsRootScope)
  if (!isNode(node)) return false
  switch (node.type) {
    case 'This':
      return true
    case 'AccessAttribute':
      return node.base ? readsRootScope(node.base) : true
    // Their inner expressions read their own elements; only the base reads this scope.
    case 'Filter':
    case 'Projection':
    case 'Map':
    case 'FlatMap':
    case 'PipeFuncCall':
      return readsRootScope(node.base)
    case 'Value':
    case 'Everything':
    case 'Parameter':
    case 'Parent':
      return false
    // `references(id)` reads the document in scope without naming it (no `@` in the tree).
    case 'FuncCall':
      return node.name === 'references' || Object.values(node).some(readsRootScope)
    default:
      return Object.values(node).some(readsRootScope)
  }
}

const isNode = (item: unknown): item is Node =>
  item !== null && typeof item === 'object' && typeof (item as Node).type === 'string'

const PLACEHOLDER = Symbol('projected document')

function containsPlaceholder(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsPlaceholder)
  if (!isNode(node)) return false
  if (node.type === 'Value') return node.value === PLACEHOLDER
  return Object.values(node).some(containsPlaceholder)
}
