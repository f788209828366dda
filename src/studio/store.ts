/**
 * Where the studio's work lives: the content of each element, its settings,
 * the theme and the translation being written; what changed them (undo and
 * redo); what the checks find; and keeping it through an adapter (this
 * device's storage today, the site's REST API in WordPress). No DOM and no
 * Lit: panels read and change the work only through here, and it is tested
 * without rendering anything.
 */
import { read, type DataSpec } from '../shared/fields.js';
import type { Problem } from '../shared/validate.js';
import { authorNotes, type Note } from './author-checks.js';
import { parsePath, pathText, type Path } from './document.js';
import type { Draft } from './draft.js';
import { DEFAULT_THEME } from './theme.js';

/** The work: what a draft keeps. */
export type Work = Draft;

/** Where the code loads hr-widgets.js when the author has not said: the site's root. */
export const DEFAULT_BUNDLE = '/hr-widgets.js';

/** The work of someone who has made nothing yet, showing element `name`. */
export function freshWork(name: string): Work {
  return {
    name,
    docs: {},
    attrs: {},
    contentLang: {},
    theme: DEFAULT_THEME,
    bundle: DEFAULT_BUNDLE,
    fileUrls: {},
    translation: { code: '', words: {} },
  };
}

/**
 * What keeping gave: kept; not kept (storage full or refused, the site not reached); or refused by the place for
 * reasons of its own (a site's validation), each at its path.
 */
export type Saved = boolean | { problems: Problem[] };

/** Where the work is kept between visits: this device (at once, by itself) or a site (when the author saves, later). */
export interface Adapter {
  load(): Work | undefined;
  save(work: Work): Saved | Promise<Saved>;
  forget(): void;
  /** Whether each change is kept by itself shortly after (this device), or only when the author saves (a site). */
  readonly auto: boolean;
}

/** One change of the author's, as undo and redo name it. */
export interface Change {
  /** What it did, in words: "Resource 2 removed." */
  label: string;
  /** Where it happened, so focus can go back there. */
  path?: Path;
  /** Changes with the same key in a row, close in time, are one step: a word typed is undone as one. */
  key?: string;
}

/** A change as history holds it. */
export interface Step extends Change {
  /** The element whose content it changed: undo shows that element again. */
  name: string;
  before: Work;
  after: Work;
  /** Whether the element's content counted as the author's before and after (built-in content is replaced first). */
  edited: [before: boolean, after: boolean];
  /** About how many values the step keeps alive that the other state does not share (see weigh). */
  weight: number;
  time: number;
}

/** What the checks found in one document. */
export interface Checks {
  problems: Problem[];
  /** The problems by their path. */
  byPath: Map<string, Problem[]>;
  /** Every path with a problem at it or inside it. */
  flagged: Set<string>;
  /** Advice in the content's language. */
  notes: Note[];
}

/** History's bounds: steps, and values held (a 50,000-row import of a real directory weighs about 500,000: two fit). */
export const HISTORY = { steps: 100, weight: 1_000_000, mergeMs: 1000 };

/**
 * About how many values `b` has that `a` does not share: the entries of every
 * list and object made anew, following only what changed (unchanged parts are
 * the same objects, as document.ts's edits keep them).
 */
export function weigh(a: unknown, b: unknown): number {
  if (a === b || b === null || typeof b !== 'object') return 0;
  if (Array.isArray(b)) {
    const old: unknown[] = Array.isArray(a) ? a : [];
    const moved = b.filter((item, i) => item !== old[i]);
    // A keystroke changes one entry in place: no set of a long list on that path. A move or removal shifts many.
    const shared = moved.length > 1 ? new Set(old) : undefined;
    return moved.reduce((w: number, item) => w + (shared?.has(item) ? 0 : weigh(undefined, item)), b.length);
  }
  const old = a !== null && typeof a === 'object' && !Array.isArray(a) ? (a as Record<string, unknown>) : {};
  let w = 0;
  for (const [key, value] of Object.entries(b)) w += 1 + weigh(old[key], value);
  return w;
}

/** Data as the form edits it: a bare list is its root object, as the validator reads it (read() in shared/fields.ts). */
export function normalize(shape: DataSpec, data: unknown): unknown {
  return shape.list && Array.isArray(data) ? { [shape.list]: data } : data;
}

export class StudioStore {
  #work: Work;
  #undo: Step[] = [];
  #redo: Step[] = [];
  #listeners = new Set<() => void>();
  #checked: { doc: unknown; lang: string; refused: Problem[]; own: Problem[]; checks: Checks } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts changes, the work's and the adapter's own (a post's title), so a save knows what came after it. */
  #version = 0;
  /** The count the last kept save had. */
  #keptVersion = 0;
  /** Elements whose content the author has changed since it was started. */
  readonly edited = new Set<string>();
  /** Whether the author asked to keep the work (through the adapter). */
  kept: boolean;
  /** How many times keeping failed since the author asked (storage full, refused): the draft panel says so. */
  failures = 0;
  /** Whether the adapter is keeping the work now (a site answers later). */
  saving = false;
  /** What the place that keeps the work found wrong with it at the last save (a site's own checks), shown with the checks. */
  refused: Problem[] = [];

  /** `shapes`: each element's field spec by name; `fresh`: the work when nothing was kept. */
  constructor(
    readonly shapes: Readonly<Record<string, DataSpec>>,
    readonly adapter: Adapter,
    fresh: Work,
  ) {
    const kept = adapter.load();
    this.#work = kept ?? fresh;
    this.kept = kept !== undefined;
  }

  get work(): Work {
    return this.#work;
  }

  get name(): string {
    return this.#work.name;
  }

  /** The document being edited for the current element. */
  get doc(): unknown {
    return this.#work.docs[this.name];
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** The total weight history holds (for the bench and the tests). */
  get held(): number {
    return [...this.#undo, ...this.#redo].reduce((sum, s) => sum + s.weight, 0);
  }

  /** Calls `listener` after every change; returns what stops it. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Shows another element: not a change of its content, so not a step of history. */
  select(name: string): void {
    if (name === this.name || !this.shapes[name]) return;
    this.#set({ ...this.#work, name });
  }

  /** Content loaded for an element that had none (its built-in content): where history starts, not a step of it. */
  load(name: string, doc: unknown): void {
    this.#set({ ...this.#work, docs: { ...this.#work.docs, [name]: normalize(this.shapes[name]!, doc) } }, false);
  }

  /** The current element's content changed by the author. */
  setDoc(doc: unknown, change: Change): void {
    this.change({ docs: { ...this.#work.docs, [this.name]: doc } }, change, true);
  }

  /** Element `name`'s content started over (built-in or empty): a step that can be undone. */
  restart(name: string, doc: unknown, change: Change): void {
    if (name !== this.name) this.select(name);
    this.change({ docs: { ...this.#work.docs, [name]: normalize(this.shapes[name]!, doc) } }, change, false);
  }

  /** Any other part of the work changed by the author (settings, theme, translation); `edited`: whether the content is now the author's. */
  change(patch: Partial<Omit<Work, 'name'>>, change: Change, edited = this.edited.has(this.name)): void {
    const was = this.edited.has(this.name);
    if (edited) this.edited.add(this.name);
    else this.edited.delete(this.name);
    const before = this.#work;
    const after = { ...before, ...patch };
    const last = this.#undo.at(-1);
    const now = Date.now();
    if (change.key && last?.key === change.key && last.name === this.name && now - last.time < HISTORY.mergeMs && !this.#redo.length) {
      last.after = after;
      last.edited[1] = edited;
      last.time = now;
      last.weight = this.#weightOf(last.before, after);
    } else {
      this.#undo.push({
        ...change,
        name: this.name,
        before,
        after,
        edited: [was, edited],
        weight: this.#weightOf(before, after),
        time: now,
      });
    }
    this.#redo = [];
    this.#bound();
    this.#set(after);
  }

  /** Takes back the last change; returns it (for its words and where focus goes), or undefined when there is none. */
  undo(): Step | undefined {
    const step = this.#undo.pop();
    if (!step) return undefined;
    this.#redo.push(step);
    this.#mark(step.name, step.edited[0]);
    this.#set({ ...step.before, name: step.name });
    return step;
  }

  /** Makes the last change undone again. */
  redo(): Step | undefined {
    const step = this.#redo.pop();
    if (!step) return undefined;
    this.#undo.push(step);
    this.#mark(step.name, step.edited[1]);
    this.#set({ ...step.after, name: step.name });
    return step;
  }

  /** What the checks find in the current content, made once per document and language: a directory can be long. */
  checks(): Checks {
    const doc = this.doc;
    const lang = this.#work.contentLang[this.name] ?? 'en';
    const cached = this.#checked;
    const refused = this.refused;
    if (cached && cached.doc === doc && cached.lang === lang && cached.refused === refused) return cached.checks;
    const shape = this.shapes[this.name]!;
    const own = doc === undefined ? [] : cached?.doc === doc ? cached.own : read(shape, doc).problems;
    // The site's words for what the studio did not find itself (its rules can be newer than this studio's).
    const problems = [...own, ...refused.filter((r) => !own.some((p) => p.path === r.path && p.message === r.message))];
    const byPath = new Map<string, Problem[]>();
    const flagged = new Set<string>();
    for (const p of problems) {
      byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
      const keys = parsePath(p.path);
      keys.forEach((_, i) => flagged.add(pathText(keys.slice(0, i + 1))));
    }
    const notes = doc === undefined ? [] : authorNotes(shape, doc, lang);
    this.#checked = { doc, lang, refused, own, checks: { problems, byPath, flagged, notes } };
    return this.#checked.checks;
  }

  #mark(name: string, edited: boolean): void {
    if (edited) this.edited.add(name);
    else this.edited.delete(name);
  }

  /** Keeps the work from now on (this device); false when the adapter refuses. */
  keep(): boolean {
    this.kept = true;
    this.failures = 0;
    void this.save();
    return this.kept;
  }

  forget(): void {
    this.adapter.forget();
    this.kept = false;
    this.#emit();
  }

  /** Keeps the work now, when it is kept: at once on this device, once the site has answered for a site. */
  save(): Promise<void> | void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.kept || this.saving) return;
    const version = this.#version;
    const saved = this.adapter.save(this.#work);
    if (!(saved instanceof Promise)) return this.#saved(version, saved);
    this.saving = true;
    this.#emit();
    return saved.then(
      (answer) => this.#saved(version, answer),
      () => this.#saved(version, false),
    );
  }

  /** Something the adapter keeps beside the work changed (a post's title): to be saved, though not a step of history. */
  touch(): void {
    this.#version++;
    this.#emit();
  }

  /** Changes not yet kept. */
  get unsaved(): boolean {
    return this.#version !== this.#keptVersion;
  }

  #saved(version: number, saved: Saved): void {
    this.saving = false;
    // A site's refusal stays until it answers again; a failure to reach it leaves what it last said.
    if (saved !== false) this.refused = saved === true ? [] : saved.problems;
    // Changes made while a site was saving are still to be kept.
    if (saved === true) this.#keptVersion = version;
    else {
      this.failures++;
      // This device refused: the author is told, and asked again (storage may be full). A site stays where the work goes.
      if (this.adapter.auto) this.kept = false;
    }
    this.#emit();
  }

  /** Whether leaving now loses nothing: no changes, or changes this device keeps by itself. */
  get safe(): boolean {
    return !this.unsaved || (this.kept && this.adapter.auto);
  }

  /** Changes waiting for the timer are kept at once (the page is being left). */
  flush(): void {
    if (this.#timer) void this.save();
  }

  #weightOf(a: Work, b: Work): number {
    return Math.max(weigh(a, b), weigh(b, a));
  }

  /** Oldest steps go first when history holds too many, or too much. */
  #bound(): void {
    let held = this.held;
    while (this.#undo.length > 1 && (this.#undo.length > HISTORY.steps || held > HISTORY.weight)) held -= this.#undo.shift()!.weight;
  }

  #set(work: Work, changed = true): void {
    this.#work = work;
    if (changed) {
      this.#version++;
      if (this.kept && this.adapter.auto && !this.#timer) this.#timer = setTimeout(() => void this.save(), 400);
    }
    this.#emit();
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}
