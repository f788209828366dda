/**
 * The studio inside wp-admin: the work is one `hr_widget` post, opened and
 * saved through the site's REST API with the person's own rights (their
 * nonce). The plugin prints where and which into the studio's page
 * (wordpress/hr-widgets/includes/studio.php). Nothing else is requested.
 */
import type { Problem } from '../shared/validate.js';
import { isObject } from './document.js';
import type { Adapter, Saved, Work } from './store.js';

/** A REST answer: its status and its JSON (null when it had none). */
interface Answer {
  ok: boolean;
  status: number;
  json: unknown;
}

/** What the plugin tells the studio. */
export interface SiteConfig {
  /** The REST route of widget content (…/wp/v2/hr-widgets, or ?rest_route= on sites without pretty links). */
  rest: string;
  nonce: string;
  /** The post being edited; 0 for new content. */
  post: number;
  /** The element of new content ('' when the post has none yet). */
  element: string;
  status: string;
  canPublish: boolean;
  /** Where the person came from (the content list, or the post whose block they edit); '' when it is not on this site. */
  back: string;
  /** wp-admin's admin-ajax.php: where a fresh nonce comes from. */
  ajax: string;
}

/** What a save asks of the post: publish it, or send it for an Editor's review; `keep`: as it is (new content: a draft). */
export type Status = 'keep' | 'publish' | 'pending';

/** An address on this site only: anything else is not linked to. */
const local = (address: string): string => {
  try {
    const url = new URL(address, location.href);
    return url.origin === location.origin ? url.href : '';
  } catch {
    return '';
  }
};

/** The plugin's settings for the studio, read from its page; undefined outside WordPress. */
export function siteConfig(doc: Document): SiteConfig | undefined {
  let c: unknown;
  try {
    c = JSON.parse(doc.getElementById('hr-widgets-site')?.textContent ?? '');
  } catch {
    return undefined;
  }
  if (!isObject(c) || typeof c['rest'] !== 'string' || typeof c['nonce'] !== 'string') return undefined;
  const text = (key: string): string => (typeof c[key] === 'string' ? c[key] : '');
  return {
    rest: c['rest'],
    nonce: c['nonce'],
    post: typeof c['post'] === 'number' ? c['post'] : 0,
    element: text('element'),
    status: text('status'),
    canPublish: c['canPublish'] === true,
    back: local(text('back')),
    ajax: local(text('ajax')),
  };
}

/** WordPress's own words for an error (`{"code": …, "message": …}`), if it gave any. */
const said = (json: unknown): string | undefined => (isObject(json) && typeof json['message'] === 'string' ? json['message'] : undefined);

/** The site's problems with content (`data.problems` of an `hr_widgets_invalid` refusal), as the studio shows problems. */
function problemsOf(json: unknown): Problem[] {
  const data = isObject(json) && isObject(json['data']) ? json['data'] : {};
  const list = Array.isArray(data['problems']) ? data['problems'] : [];
  return list
    .filter((p): p is { path: string; message: string } => isObject(p) && typeof p['path'] === 'string' && typeof p['message'] === 'string')
    .map(({ path, message }) => ({ path, message, severity: 'error' }));
}

export class WordPressSite implements Adapter {
  /** Saved when the author says, never by itself: each save is a revision. */
  readonly auto = false;
  post: number;
  status: string;
  title = '';
  /** What the next save asks for. */
  next: Status = 'keep';
  #nonce: string;
  /** Why the last save did not happen, in WordPress's words; '' when the site did not answer. Undefined after a save. */
  failed: string | undefined;
  #work: Work | undefined;

  constructor(readonly config: SiteConfig) {
    this.post = config.post;
    this.status = config.status;
    this.#nonce = config.nonce;
  }

  /** The REST address of the post (or of new content), asking for answers in the person's language. */
  #url(edit: boolean): string {
    const url = new URL(this.config.rest, location.href);
    const path = this.post ? `/${this.post}` : '';
    const route = url.searchParams.get('rest_route');
    if (route === null) url.pathname += path;
    else url.searchParams.set('rest_route', route + path);
    url.searchParams.set('_locale', 'user');
    if (edit) url.searchParams.set('context', 'edit');
    return url.href;
  }

  async #request(method: 'GET' | 'POST', body?: object, again = true): Promise<Answer> {
    const response = await fetch(this.#url(method === 'GET'), {
      method,
      credentials: 'same-origin',
      headers: { 'X-WP-Nonce': this.#nonce, ...(body && { 'Content-Type': 'application/json' }) },
      ...(body && { body: JSON.stringify(body) }),
    });
    const json: unknown = await response.json().catch(() => null);
    // The nonce ran out (a day, or a new login): wp-admin gives a fresh one, and the request is made once more.
    if (again && isObject(json) && json['code'] === 'rest_cookie_invalid_nonce' && (await this.#renew()))
      return this.#request(method, body, false);
    return { ok: response.ok, status: response.status, json };
  }

  async #renew(): Promise<boolean> {
    if (!this.config.ajax) return false;
    const url = new URL(this.config.ajax);
    url.searchParams.set('action', 'rest-nonce');
    const response = await fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
    const nonce = response?.ok ? (await response.text()).trim() : '';
    if (!/^[\da-f]{10}$/.test(nonce)) return false;
    this.#nonce = nonce;
    return true;
  }

  /** Reads the post before the studio starts (new content starts as `fresh`); throws WordPress's words when it cannot. */
  async open(fresh: Work): Promise<void> {
    const name = this.config.element || fresh.name;
    this.#work = { ...fresh, name };
    if (!this.post) return;
    const { ok, status, json } = await this.#request('GET');
    if (!ok || !isObject(json)) throw new Error(said(json) ?? `HTTP ${status}`);
    const title = json['title'];
    this.title = isObject(title) && typeof title['raw'] === 'string' ? title['raw'] : '';
    this.status = typeof json['status'] === 'string' ? json['status'] : this.status;
    const content = json['hr_widget'];
    if (isObject(content) && typeof content['element'] === 'string' && 'data' in content)
      this.#work = { ...fresh, name: content['element'], docs: { [content['element']]: content['data'] } };
  }

  load(): Work | undefined {
    return this.#work;
  }

  forget(): void {}

  async save(work: Work): Promise<Saved> {
    this.failed = undefined;
    // Kept as it is unless asked: private content stays private, scheduled content scheduled. New content starts a draft.
    const asked = this.next === 'keep' ? (this.post ? undefined : 'draft') : this.next;
    const body = {
      title: this.title,
      ...(asked && { status: asked }),
      hr_widget: { element: work.name, data: work.docs[work.name] ?? null },
    };
    let answer: Answer;
    try {
      answer = await this.#request('POST', body);
    } catch {
      this.failed = '';
      return false;
    }
    const { ok, status, json } = answer;
    if (ok && isObject(json) && typeof json['id'] === 'number') {
      const first = !this.post;
      this.post = json['id'];
      this.status = typeof json['status'] === 'string' ? json['status'] : (asked ?? this.status);
      if (first) this.#remember();
      return true;
    }
    const problems = problemsOf(json);
    if (problems.length) return { problems };
    this.failed = said(json) ?? `HTTP ${status}`;
    return false;
  }

  /** New content, once saved, is what this page opens: a reload (of the frame or of wp-admin's page) does not start over. */
  #remember(): void {
    for (const win of new Set([window, window.parent])) {
      try {
        const url = new URL(win.location.href);
        url.searchParams.set('content', String(this.post));
        url.searchParams.delete('element');
        win.history.replaceState(win.history.state, '', url);
      } catch {
        // A parent on another origin: this page still knows.
      }
    }
  }
}
