/** Shared test helpers: reading what a person sees, and recording console output. */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Waits for what a person would wait for (a chunk, a fetch, a debounce). The
 * default second of open-wc's waitUntil is short for a loaded 2-core CI machine.
 */
export function until(predicate: () => unknown, message = 'condition', timeout = 5000): Promise<void> {
  return waitUntil(predicate, message, { timeout });
}

/** The visible text of an element's shadow root, whitespace folded. */
export function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Records console.error and console.warn calls until restored. */
export function recordConsole(): { errors: string[]; warnings: string[]; restore: () => void } {
  const { error, warn } = console;
  const record = { errors: [] as string[], warnings: [] as string[], restore: () => Object.assign(console, { error, warn }) };
  console.error = (...args: unknown[]) => record.errors.push(args.join(' '));
  console.warn = (...args: unknown[]) => record.warnings.push(args.join(' '));
  return record;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The engine under test: tests that need one engine's emulation say so by name. */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : /Chrome\/|Chromium\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * `it` in Chromium, a skip elsewhere that says why in its title: for checks
 * only Chromium can emulate (print media, forced colours through the DevTools
 * protocol).
 */
export function chromiumOnly(why: string): (title: string, fn: Mocha.AsyncFunc) => void {
  return (title, fn) => void (engine === 'chromium' ? it(title, fn) : it.skip(`${title} [not in ${engine}: ${why}]`, fn));
}

export type KeyAction = { press: string } | { down: string } | { up: string } | { type: string };

/** The keyboard, the same in every engine (see scripts/keys-command.js). */
export async function keys(action: KeyAction): Promise<void> {
  await executeServerCommand('keys', action);
}

/**
 * Waits until the problems found so far are reported (console, hr-error):
 * their words are a chunk an element loads when it first has one to report.
 */
export async function reported(): Promise<void> {
  await import('../src/shared/messages.js');
  await new Promise((resolve) => setTimeout(resolve));
}

/**
 * Waits until an element has rendered and finished loading its data: it
 * shows its content or its notice, and no loading state. The one wait the
 * tests share.
 */
export async function settled(el: Element & { updateComplete?: Promise<unknown> }, timeout = 5000): Promise<void> {
  await el.updateComplete;
  await until(
    () => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[part="loading"]'),
    `${el.localName} settled`,
    timeout,
  );
  await el.updateComplete;
  await reported();
}

let stashed = 0;

/** A URL the test server answers with `body` (see `/__stash` in web-test-runner.config.js). */
export async function stash(body: string): Promise<string> {
  const url = `/__stash/t${++stashed}-${Date.now()}`;
  await fetch(url, { method: 'PUT', body });
  return url;
}

const opened: HTMLIFrameElement[] = [];

/**
 * A page opened in a frame, as a person would load it (`srcdoc`: a page written here, its addresses resolved against
 * this one's); each stays until closeFrames().
 */
export async function openFrame(source: string | { srcdoc: string }, width = 1280, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  opened.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (typeof source === 'string') frame.src = source;
  else frame.srcdoc = source.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Removes every frame openFrame() opened (after each test). */
export const closeFrames = (): void => opened.splice(0).forEach((f) => f.remove());

type AxeWindow = Window & { axe?: { run: (context: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

/** axe run inside a frame's own document (`exclude`: selectors left out): its violations, one line each. */
export async function violationsIn(win: Window, exclude: string[] = []): Promise<string[]> {
  const w = win as AxeWindow;
  if (!w.axe) {
    const script = w.document.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    w.document.head.append(script);
  }
  const { violations } = await w.axe!.run(exclude.length ? { exclude: exclude.map((e) => [e]) } : w.document);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => (n as { target: string[] }).target.join(' ')).join(', ')}`);
}
