// The one shared page script (an ES module; the layout loads it on every page). Page scripts import
// what they need:  import { api, el, $, toast, busy, onSubmit } from '/js/consort.js';
// Everything a page shows from the server goes in as text (el(), textContent), never as HTML.

const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.content || '';

/** The session's CSRF header and token, from the layout's meta tags. */
export function csrf() {
  return { header: meta('csrf-header'), token: meta('csrf-token') };
}

/** The logged-in person as the layout describes them: { role, partnerId } (empty strings when anonymous). */
export function user() {
  return { role: document.body.dataset.role || '', partnerId: document.body.dataset.partnerId || '' };
}

/** An API call that failed: the problem+json's detail as the message, with the status and the whole problem. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || ('The request failed (HTTP ' + status + ')'));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * fetch() with the session: same-origin cookies, the CSRF header on every write, a JSON body for a plain
 * object (a FormData or Blob goes as it is). Resolves to the Response when it is ok; otherwise rejects with
 * an ApiError. options: { accept, headers, signal }.
 */
export async function send(method, path, body, options = {}) {
  const headers = Object.assign({ 'Accept': options.accept || 'application/json' }, options.headers || {});
  if (!SAFE.has(method)) {
    const { header, token } = csrf();
    if (header && token) headers[header] = token;
  }
  let payload = body;
  if (body !== undefined && body !== null && !(body instanceof FormData) && !(body instanceof Blob)) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal: options.signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { detail: 'The server could not be reached. Check your connection and try again.' });
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response;
}

/** send(), then the body: parsed JSON, text for other types, null for 204. */
export async function api(method, path, body, options) {
  const response = await send(method, path, body, options);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

async function problemOf(response) {
  let problem = {};
  try {
    if ((response.headers.get('Content-Type') || '').includes('json')) problem = await response.json();
  } catch (e) {
    // not JSON after all: the status says enough
  }
  if (response.status === 401) {
    problem.detail = 'Your session has ended. Log in again to continue.';
  }
  return problem;
}

/** document.getElementById */
export const $ = (id) => document.getElementById(id);

/** querySelectorAll as an array */
export const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

/**
 * Builds an element: el('a', { href: '/x', class: 'link', onclick: fn, dataset: { id: 1 } }, 'text', child).
 * Strings become text nodes; null, undefined and false children are skipped; props may be null. A prop
 * that is true or false sets or removes a boolean attribute (hidden, disabled, checked...).
 */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (value === true || value === false) node.toggleAttribute(key, value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

let toastTimer = null;

/**
 * Tells the person what happened, in the layout's live region (#toast): kind 'info' or 'success' (goes
 * after a few seconds) or 'error' (stays until the next message or its close button). A falsy message
 * clears it. An Error shows its message.
 */
export function toast(message, kind = 'info') {
  const box = $('toast');
  if (!box) return;
  clearTimeout(toastTimer);
  box.replaceChildren();
  box.className = 'toast';
  if (!message) return;
  const text = message instanceof Error ? message.message : String(message);
  const error = kind === 'error' || message instanceof Error;
  box.setAttribute('aria-live', error ? 'assertive' : 'polite');
  box.classList.add(error ? 'error' : kind);
  box.append(el('span', null, text), el('button', { type: 'button', class: 'close', 'aria-label': 'Dismiss', onclick: () => toast('') }, '×'));
  if (!error) toastTimer = setTimeout(() => toast(''), 6000);
}

/**
 * Runs task() with the button disabled (and aria-busy) until its promise settles; a click while it runs
 * does nothing, so one click is one request. Errors are shown with toast() and passed on.
 */
export async function busy(button, task) {
  if (button.dataset.busy) return undefined;
  button.dataset.busy = '1';
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } catch (e) {
    if (e.name !== 'AbortError') toast(e, 'error');
    throw e;
  } finally {
    delete button.dataset.busy;
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/**
 * A form's submit handler that cannot run twice at once: prevents the default, keeps the submit button
 * busy while handler(form, event) runs, shows its error with toast(). Errors do not propagate further.
 */
export function onSubmit(form, handler) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = event.submitter || form.querySelector('[type=submit]') || form;
    busy(button, () => handler(form, event)).catch(() => {});
  });
}

/** A date-time as the reader's locale writes it ('' for none). */
export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

/** The day of an instant, e.g. 2026-11-20 ('' for none). */
export function day(iso) {
  return iso ? String(iso).slice(0, 10) : '';
}

// The account menu closes on Escape and on a click elsewhere, as menus do.
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') $$('details.account[open]').forEach((d) => { d.open = false; d.querySelector('summary').focus(); });
});
document.addEventListener('click', (e) => {
  $$('details.account[open]').forEach((d) => { if (!d.contains(e.target)) d.open = false; });
});

// Swagger UI (/swagger-ui.html) reads the session's CSRF token from here for its "Try it out" writes.
if (csrf().token) {
  try { localStorage.setItem('consort.csrf', csrf().token); } catch (e) { /* storage off: Swagger then needs a key */ }
}
