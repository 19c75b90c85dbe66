// Calls to the API, and the hash routes of the page (`#/view?key=value`).

/** GET an API path with query `params` (arrays repeat the key); throws an Error whose
 * message is the API's "CODE message" on failure. */
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, item);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error ? `${body.error.code} ${body.error.message}` : response.statusText;
    throw new Error(error);
  }
  return body;
}

/** The current route: its view, the rest of its path, and its query parameters. */
export function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const cut = hash.indexOf("?");
  const path = cut < 0 ? hash : hash.slice(0, cut);
  const [view, ...rest] = path.split("/");
  return {
    view: view || "articles",
    rest: decodeURIComponent(rest.join("/")),
    params: new URLSearchParams(cut < 0 ? "" : hash.slice(cut + 1)),
  };
}

/** A hash link to `view` with query `params`. */
export function link(view, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "" || value === false) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, item);
  }
  const text = query.toString();
  return `#/${view}${text ? `?${text}` : ""}`;
}

/** A link to an article, with a quote or event to focus on. */
export function articleLink(id, focus = {}) {
  return link(`article/${encodeURIComponent(id)}`, focus);
}
