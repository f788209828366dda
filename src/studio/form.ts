/**
 * The studio's form, built from an element's field specification: one native
 * control per field, lists with add, remove and move (buttons, not drag),
 * each problem the validator finds shown at its field. Plain render
 * functions over a context: the app owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Field, Shape } from '../shared/fields.js';
import { textLimit } from '../shared/fields.js';
import type { Json, Problem } from '../shared/validate.js';
import { asObject, emptyOf, getAt, isObject, pathText, variantOf, type Path } from './document.js';
import { fieldKey, textOf, type Text } from './field-text.js';
import type { StudioStrings, UiLang } from './strings.js';
import { zoneChoices } from './zones.js';

export type ListAction = 'add' | 'remove' | 'up' | 'down';

/** What one control needs: the content form's fields and the element's settings are drawn by the same renderControl. */
export interface ControlContext {
  lang: UiLang;
  s: StudioStrings;
  /** Problems by their path (`questions[0].prompt`). */
  problems: ReadonlyMap<string, readonly Problem[]>;
  /** Advice for the author by path, already worded: never blocks anything. */
  notes: ReadonlyMap<string, readonly string[]>;
  /** A problem's message in the author's language. */
  say(problem: Problem): string;
  set(path: Path, value: unknown, shorthand?: string): void;
  /** A control's id from its path; idFor when not given. */
  idOf?(path: Path): string;
  /** A choice's first value is its default: "not set" says which it is, and choosing it sets nothing (the settings). */
  defaultFirst?: boolean;
}

export interface FormContext extends ControlContext {
  /** The whole document being edited. */
  doc: unknown;
  /** Every path that holds a problem somewhere inside it: a closed item shows a mark. */
  flagged: ReadonlySet<string>;
  /** Paths (as text) of the list items shown open. */
  open: ReadonlySet<string>;
  list(action: ListAction, path: Path, index: number, noun: string, item?: unknown): void;
  toggle(path: Path, open: boolean): void;
  /** How many items of a long list are shown, by the list's path (as text); the rest behind "Show more". */
  shown: ReadonlyMap<string, number>;
  more(path: Path): void;
}

/** Items of a list shown at first: a directory of 50,000 would hold the page for seconds. */
export const PAGE = 100;

/** A control's id, from its path: `f-questions-0-prompt`. */
export const idFor = (path: Path): string => `f-${path.join('-').replace(/[^\w-]/g, '_')}`;

/** An object switched to another variant: the shared fields stay, and so does a field both cases have; the new case's required fields start empty. */
export function switchVariant(shape: Shape, obj: Json, to: string): Json {
  const v = shape.variants!;
  const out: Json = {};
  for (const key of Object.keys(shape.fields)) if (obj[key] !== undefined) out[key] = obj[key];
  out[v.key] = to;
  const empty = emptyOf({ name: shape.name, fields: v.cases[to] ?? {} });
  for (const key of Object.keys(v.cases[to] ?? {})) {
    const kept = obj[key];
    if (kept !== undefined) out[key] = kept;
    else if (key in empty) out[key] = empty[key];
  }
  return out;
}

function problemsOf(ctx: ControlContext, path: Path): readonly Problem[] {
  return ctx.problems.get(pathText(path)) ?? [];
}

function messages(ctx: ControlContext, path: Path, id: string): TemplateResult | typeof nothing {
  const found = problemsOf(ctx, path);
  const hints = ctx.notes.get(pathText(path)) ?? [];
  if (!found.length && !hints.length) return nothing;
  return html`<ul class="problems" id="${id}-err">
    ${found.map((p) => html`<li class=${p.severity}>${p.severity === 'warning' ? `${ctx.s.warning}: ` : ''}${ctx.say(p)}</li>`)}
    ${hints.map((hint) => html`<li class="hint">${hint}</li>`)}
  </ul>`;
}

function labelText(ctx: ControlContext, text: Text, required: boolean | undefined): TemplateResult {
  return html`${text.label}${required ? html` <span class="required">(${ctx.s.required})</span>` : nothing}`;
}

const describedBy = (ctx: ControlContext, path: Path, id: string, text: Text): string | undefined =>
  [text.description ? `${id}-help` : '', problemsOf(ctx, path).length || ctx.notes.has(pathText(path)) ? `${id}-err` : '']
    .filter(Boolean)
    .join(' ') || undefined;

/** One field that is not a list: a native control with its label, help and problems. */
export function renderControl(
  ctx: ControlContext,
  field: Field,
  text: Text,
  path: Path,
  value: unknown,
  shorthand?: string,
): TemplateResult {
  const id = ctx.idOf?.(path) ?? idFor(path);
  const invalid = problemsOf(ctx, path).some((p) => p.severity === 'error') ? 'true' : undefined;
  const help = text.description ? html`<p class="help" id="${id}-help">${text.description}</p>` : nothing;
  const by = describedBy(ctx, path, id, text);
  const set = (next: unknown): void => ctx.set(path, next, shorthand);
  // Blank optional text is no value at all; blank required text stays, so the check can say it is required.
  const fromText = (raw: string): string | undefined => (raw === '' && !field.required ? undefined : raw);
  const str = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
  const { kind } = field;

  if (kind === 'bool') {
    return html`<div class="field check">
      <input
        type="checkbox"
        id=${id}
        .checked=${value === true}
        aria-describedby=${ifDefined(by)}
        aria-invalid=${ifDefined(invalid)}
        @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? true : field.required ? false : undefined)}
      />
      <label for=${id}>${labelText(ctx, text, field.required)}</label>
      ${help} ${messages(ctx, path, id)}
    </div>`;
  }

  if (kind === 'tags' && field.values) {
    // A few fixed values (days of the week): one checkbox each, in the spec's order.
    const chosen = Array.isArray(value) ? value : [];
    const toggle = (v: string, on: boolean): void => {
      const next = field.values!.filter((x) => (x === v ? on : chosen.includes(x)));
      set(next.length ? next : undefined);
    };
    return html`<fieldset class="field" aria-describedby=${ifDefined(by)}>
      <legend>${labelText(ctx, text, field.required)}</legend>
      ${help}
      <div class="day-checks">
        ${field.values.map(
          (v, i) => html`<span class="day">
            <input type="checkbox" id="${id}-${i}" .checked=${chosen.includes(v)} @change=${(e: Event) => toggle(v, (e.target as HTMLInputElement).checked)} />
            <label for="${id}-${i}">${ctx.s.values[v] ?? v}</label>
          </span>`,
        )}
      </div>
      ${messages(ctx, path, id)}
    </fieldset>`;
  }

  let control: TemplateResult;
  const zones = kind === 'zone' ? zoneChoices(ctx.lang) : [];
  if (zones.length) {
    // Chosen by name from the browser's list; a value it does not know is kept, shown as it is.
    control = html`<select
      id=${id}
      aria-describedby=${ifDefined(by)}
      aria-invalid=${ifDefined(invalid)}
      @change=${(e: Event) => set((e.target as HTMLSelectElement).value || undefined)}
    >
      <option value="" .selected=${!str}>${ctx.s.notSet('—')}</option>
      ${str && !zones.some((z) => z.id === str) ? html`<option value=${str} selected>${str}</option>` : nothing}
      ${zones.map((z) => html`<option value=${z.id} .selected=${str === z.id}>${z.name}</option>`)}
    </select>`;
  } else if (kind === 'enum') {
    control = html`<select
      id=${id}
      aria-describedby=${ifDefined(by)}
      aria-invalid=${ifDefined(invalid)}
      @change=${(e: Event) => set((e.target as HTMLSelectElement).value || undefined)}
    >
      ${
        ctx.defaultFirst
          ? (field.values ?? []).map(
              (v, i) =>
                html`<option value=${i === 0 ? '' : v} .selected=${(value ?? field.values![0]) === v}>${ctx.s.values[v] ?? v}</option>`,
            )
          : html`${field.required ? nothing : html`<option value="" .selected=${value === undefined}>${ctx.s.notSet('—')}</option>`}
            ${(field.values ?? []).map((v) => html`<option value=${v} .selected=${value === v}>${ctx.s.values[v] ?? v}</option>`)}`
      }
    </select>`;
  } else if (kind === 'text' || kind === 'tags') {
    const tags = kind === 'tags';
    const shown = tags && Array.isArray(value) ? value.join('\n') : str;
    control = html`<textarea
      id=${id}
      rows=${tags ? 3 : 4}
      maxlength=${ifDefined(tags ? undefined : textLimit(field))}
      aria-describedby=${ifDefined(by)}
      aria-invalid=${ifDefined(invalid)}
      .value=${shown}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLTextAreaElement).value;
        if (!tags) return set(fromText(raw));
        const lines = raw
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        set(lines.length ? lines : undefined);
      }}
    ></textarea>`;
  } else if (kind === 'number') {
    control = html`<input
      type="number"
      id=${id}
      inputmode="decimal"
      step="any"
      min=${ifDefined(field.min)}
      max=${ifDefined(field.max)}
      aria-describedby=${ifDefined(by)}
      aria-invalid=${ifDefined(invalid)}
      .value=${typeof value === 'number' ? String(value) : str}
      @input=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        set(input.value === '' ? undefined : Number.isNaN(input.valueAsNumber) ? input.value : input.valueAsNumber);
      }}
    />`;
  } else {
    const type = { url: 'url', phone: 'tel', email: 'email', date: 'date', time: 'time' }[kind as string] ?? 'text';
    control = html`<input
      type=${type}
      id=${id}
      maxlength=${textLimit(field)}
      autocomplete="off"
      aria-describedby=${ifDefined(by)}
      aria-invalid=${ifDefined(invalid)}
      .value=${str}
      @input=${(e: Event) => set(fromText((e.target as HTMLInputElement).value))}
    />`;
  }
  return html`<div class="field">
    <label for=${id}>${labelText(ctx, text, field.required)}</label>
    ${help}${tagsHelp(ctx, kind)} ${control} ${messages(ctx, path, id)}
  </div>`;
}

const tagsHelp = (ctx: ControlContext, kind: Field['kind']): TemplateResult | typeof nothing =>
  kind === 'tags' ? html`<p class="help">${ctx.s.onePerLine}</p>` : nothing;

/** A short title for a list item: its first one-line text, else its number. */
function itemTitle(shape: Shape, obj: Json, fallback: string): string {
  for (const [key, field] of Object.entries(shape.fields)) {
    const value = obj[key];
    if ((field.kind === 'line' || field.kind === 'text') && field.required && typeof value === 'string' && value.trim()) {
      const line = value.trim().split('\n')[0]!;
      return `${fallback}: ${line.length > 60 ? `${line.slice(0, 60)}…` : line}`;
    }
  }
  return fallback;
}

/** Keeps a folded part's state in the form's: only what is open is drawn. */
const toggled =
  (ctx: FormContext, path: Path, open: boolean) =>
  (e: Event): void => {
    const now = (e.target as HTMLDetailsElement).open;
    if (now !== open) ctx.toggle(path, now);
  };

/** A mark on a folded part that holds a problem. */
const flag = (ctx: FormContext, path: Path): TemplateResult | typeof nothing =>
  ctx.flagged.has(pathText(path)) ? html`<span class="flag">!</span>` : nothing;

/** A list: its items, each with move and remove buttons, and an Add button. */
function renderList(ctx: FormContext, field: Field, text: Text, path: Path, value: unknown): TemplateResult {
  const shape = field.item!;
  const items = Array.isArray(value) ? value : [];
  const id = idFor(path);
  const noun = textOf(shape.name, shape, ctx.lang).label;
  // Small items (a choice, a result band) are edited in place; bigger ones open and close.
  const compact = Object.values(shape.fields).filter((f) => f.kind !== 'object').length <= 3 && !shape.variants;
  const shown = ctx.shown.get(pathText(path)) ?? PAGE;
  return html`<fieldset class="list" id=${id} tabindex="-1">
    <legend>${labelText(ctx, text, field.required)}</legend>
    ${text.description ? html`<p class="help">${text.description}</p>` : nothing} ${messages(ctx, path, id)}
    <ol class="items">
      ${items.slice(0, shown).map((raw, i) => {
        const itemPath = [...path, i];
        const itemId = idFor(itemPath);
        const obj = asObject(raw, shape);
        const name = ctx.s.item(noun, i + 1);
        const actions = html`<div class="item-actions">
          <button type="button" id="${itemId}-up" ?disabled=${i === 0} @click=${() => ctx.list('up', path, i, noun)}>
            ${ctx.s.moveUp}<span class="visually-hidden">: ${name}</span>
          </button>
          <button type="button" id="${itemId}-down" ?disabled=${i === items.length - 1} @click=${() => ctx.list('down', path, i, noun)}>
            ${ctx.s.moveDown}<span class="visually-hidden">: ${name}</span>
          </button>
          <button type="button" id="${itemId}-remove" class="remove" @click=${() => ctx.list('remove', path, i, noun)}>
            ${ctx.s.remove}<span class="visually-hidden">: ${name}</span>
          </button>
        </div>`;
        if (compact) {
          return html`<li>
            <fieldset class="item" id=${itemId} tabindex="-1">
              <legend>${name}</legend>
              ${messages(ctx, itemPath, itemId)} ${renderFields(ctx, shape, itemPath, obj)} ${actions}
            </fieldset>
          </li>`;
        }
        const open = ctx.open.has(pathText(itemPath));
        return html`<li>
          <details class="item" id=${itemId} ?open=${open} @toggle=${toggled(ctx, itemPath, open)}>
            <summary id="${itemId}-s">${itemTitle(shape, obj, name)}${flag(ctx, itemPath)}</summary>
            ${open ? html`${messages(ctx, itemPath, itemId)} ${renderFields(ctx, shape, itemPath, obj)} ${actions}` : nothing}
          </details>
        </li>`;
      })}
    </ol>
    ${
      items.length > (ctx.shown.get(pathText(path)) ?? PAGE)
        ? html`<p class="help" id="${id}-count">${ctx.s.showing(ctx.shown.get(pathText(path)) ?? PAGE, items.length)}</p>
          <button type="button" id="${id}-more" aria-describedby="${id}-count" @click=${() => ctx.more(path)}>${ctx.s.showMore(PAGE)}</button>`
        : nothing
    }
    <button type="button" class="add" id="${id}-add" @click=${() => ctx.list('add', path, items.length, noun, emptyOf(shape))}>
      ${ctx.s.add(noun)}
    </button>
  </fieldset>`;
}

/**
 * An object inside an object (a picture): its fields in a group. Clearing them all leaves it absent. `outer` is
 * the shorthand of the object it is in: a choice written as its text becomes an object when a picture is added.
 */
function renderObject(ctx: FormContext, field: Field, text: Text, path: Path, value: unknown, outer?: string): TemplateResult {
  const id = idFor(path);
  const obj = isObject(value) ? value : {};
  // Folded while empty: most questions and choices have no picture.
  const open = ctx.open.has(pathText(path)) || Object.keys(obj).length > 0;
  return html`<details class="item" id=${id} ?open=${open} @toggle=${toggled(ctx, path, open)}>
    <summary id="${id}-s">${labelText(ctx, text, field.required)}${flag(ctx, path)}</summary>
    ${
      open
        ? html`${text.description ? html`<p class="help">${text.description}</p>` : nothing} ${messages(ctx, path, id)}
          ${renderFields(ctx, field.item!, path, obj, outer)}`
        : nothing
    }
  </details>`;
}

/** Every field of an object of `shape` at `path`: its variant chooser first, then the shared fields, then the variant's. */
export function renderFields(ctx: FormContext, shape: Shape, path: Path, obj: Json, outer?: string): TemplateResult {
  const variant = variantOf(shape, obj);
  const v = shape.variants;
  const chooser = v
    ? html`<div class="field">
        <label for=${idFor([...path, v.key])}>${ctx.s.type}</label>
        <select
          id=${idFor([...path, v.key])}
          @change=${(e: Event) => ctx.set(path, switchVariant(shape, obj, (e.target as HTMLSelectElement).value))}
        >
          ${Object.keys(v.cases).map((c) => html`<option value=${c} .selected=${c === variant}>${ctx.s.values[c] ?? c}</option>`)}
        </select>
        ${messages(ctx, [...path, v.key], idFor([...path, v.key]))}
      </div>`
    : nothing;
  const fields: [string, Field, string | undefined][] = [
    ...Object.entries(shape.fields).map(([k, f]): [string, Field, undefined] => [k, f, undefined]),
    ...Object.entries((variant && v?.cases[variant]) || {}).map(([k, f]): [string, Field, string | undefined] => [k, f, variant]),
  ];
  return html`${chooser}
  ${fields.map(([key, field, inCase]) => {
    const text = textOf(fieldKey(shape.name, key, inCase), field, ctx.lang);
    const fieldPath = [...path, key];
    return field.kind === 'list'
      ? renderList(ctx, field, text, fieldPath, obj[key])
      : field.kind === 'object'
        ? renderObject(ctx, field, text, fieldPath, obj[key], shape.shorthand)
        : renderControl(ctx, field, text, fieldPath, obj[key], shape.shorthand ?? outer);
  })}`;
}

/** The whole form of a document. */
export function renderForm(ctx: FormContext, shape: Shape): TemplateResult {
  return renderFields(ctx, shape, [], asObject(getAt(ctx.doc, []), shape));
}
