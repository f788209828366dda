/**
 * The studio's JSON view: CodeMirror 6 with JSON highlighting, its parse
 * errors, and the element's own validator as lint marks on the line each
 * problem names. A chunk of its own, loaded only when an author opens it.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, syntaxTree } from '@codemirror/language';
import { lintGutter, linter, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import type { Problem } from '../shared/validate.js';
import { parsePath } from './document.js';

export interface JsonViewOptions {
  text: string;
  /** The editor's accessible name. */
  label: string;
  /** Called with the text after each change. */
  onChange(text: string): void;
  /** The validator's problems for a parsed value. */
  check(value: unknown): Problem[];
}

export interface JsonView {
  /** Replaces the text (the form changed the data). */
  setText(text: string): void;
  readonly text: string;
  destroy(): void;
}

/** The value nodes of an array, or the properties of an object. */
const children = (node: SyntaxNode, name: string): SyntaxNode[] => {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling)
    if (name === '*' ? !/^[[\]{},:⚠]$/.test(child.name) : child.name === name) out.push(child);
  return out;
};

/**
 * Where a problem's path is in the text: the property or item it names, or
 * the nearest object or list on the way when it is missing (a required field).
 */
export function locate(top: SyntaxNode, doc: Text, path: string): { from: number; to: number } {
  let node: SyntaxNode = top;
  let mark: { from: number; to: number } = { from: top.from, to: Math.min(top.to, top.from + 1) };
  for (const key of path === '(root)' ? [] : parsePath(path)) {
    let next: SyntaxNode | undefined;
    if (typeof key === 'number' && node.name === 'Array') next = children(node, '*')[key];
    if (typeof key === 'string' && node.name === 'Object') {
      const property = children(node, 'Property').find((p) => {
        const name = p.getChild('PropertyName');
        try {
          return name !== null && JSON.parse(doc.sliceString(name.from, name.to)) === key;
        } catch {
          return false;
        }
      });
      const value = property?.lastChild;
      if (property && value) {
        mark = { from: property.from, to: value.name === 'Object' || value.name === 'Array' ? value.from + 1 : value.to };
        next = value;
      }
    }
    if (!next) return mark;
    node = next;
    if (typeof key === 'number') mark = { from: node.from, to: node.name === 'Object' || node.name === 'Array' ? node.from + 1 : node.to };
  }
  return mark;
}

export function createJsonView(parent: HTMLElement, options: JsonViewOptions): JsonView {
  const parseLint = jsonParseLinter();
  const check = linter(
    (view): Diagnostic[] => {
      const parsed = parseLint(view);
      if (parsed.length) return parsed;
      let value: unknown;
      try {
        value = JSON.parse(view.state.doc.toString());
      } catch {
        return [];
      }
      const top = syntaxTree(view.state).topNode.firstChild;
      if (!top) return [];
      return options.check(value).map((p) => ({
        ...locate(top, view.state.doc, p.path),
        severity: p.severity,
        message: `${p.path}: ${p.message}`,
      }));
    },
    { delay: 300 },
  );
  let silent = false;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        // No Tab binding: Tab leaves the editor, as everywhere else on the page.
        keymap.of([...defaultKeymap, ...historyKeymap]),
        json(),
        check,
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !silent) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setText(text) {
      if (text === view.state.doc.toString()) return;
      silent = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      silent = false;
    },
    get text() {
      return view.state.doc.toString();
    },
    destroy: () => view.destroy(),
  };
}

/**
 * Curly quotes that stand where JSON needs straight ones (around keys and
 * text values, as word processors and CMS editors write them) made straight.
 * Curly quotes inside text are left as they are.
 */
export function fixSmartQuotes(text: string): string {
  return text.replace(/([{[,:]\s*)[“”]/g, '$1"').replace(/[“”](\s*[:,}\]])/g, '"$1');
}
