// Hostile strings for hardening.spec.mjs: every place where text from outside reaches the app (the
// search box, URL parameters, the embed loader's data attributes, postMessage, an opened dataset
// file) gets each of them.
//
// Every payload that could run code, if it were ever parsed as markup, evaluated or followed as a
// URL, calls the canary `__canary()`; the spec defines `window.__canary` in every frame before any
// page script and fails if it is ever called. Markup payloads also carry a `data-pwn` attribute, so
// an element created from one is found even where the CSP would stop its script.
//
// Not a spec file: Playwright only runs *.spec.mjs.

const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');

/** About 100 KB of text that repeats a payload (and passes any "first N characters" check). */
const HUNDRED_KB = (() => {
  const unit = 'A<img src=x onerror=__canary() data-pwn>"\'&lt;%3C\u202E\u200B ';
  return unit.repeat(Math.ceil(100 * 1024 / unit.length)).slice(0, 100 * 1024);
})();

/**
 * The corpus: `id` names a payload in test titles and messages; `text` is the payload.
 * `code: true` marks those that try to run code (they call `__canary()`; `encoded: true`: in a form
 * that hides the call, such as base64).
 */
export const CORPUS = [
  // Script elements
  { id: 'script-tag', code: true, text: '<script>__canary()</script>' },
  { id: 'script-upper-src-data', code: true, text: '<SCRIPT SRC=data:text/javascript,__canary()></SCRIPT>' },
  { id: 'script-split', code: true, text: '<scr<script>ipt>__canary()</scr</script>ipt>' },
  { id: 'script-in-svg', code: true, text: '<svg data-pwn><script>__canary()</script></svg>' },

  // Event-handler attributes
  { id: 'img-onerror', code: true, text: '<img src=x onerror=__canary() data-pwn>' },
  { id: 'img-onerror-quoted', code: true, text: '<img src="x" onerror="__canary()" data-pwn="1">' },
  { id: 'img-onerror-entity', code: true, text: '<img src=x onerror=&#95;&#95;canary() data-pwn>' },
  { id: 'svg-onload', code: true, text: '<svg onload=__canary() data-pwn>' },
  { id: 'svg-slash-onload', code: true, text: '<svg/onload=__canary() data-pwn//' },
  { id: 'body-onload', code: true, text: '<body onload=__canary() data-pwn>' },
  { id: 'input-autofocus', code: true, text: '<input autofocus onfocus=__canary() data-pwn>' },
  { id: 'details-ontoggle', code: true, text: '<details open ontoggle=__canary() data-pwn>' },
  { id: 'custom-onclick', code: true, text: '<x-pwn onclick=__canary() data-pwn>click me</x-pwn>' },
  { id: 'mxss-math', code: true, text: '<math><mtext><table><mglyph><style><img src=x onerror=__canary() data-pwn>' },
  { id: 'comment-break', code: true, text: '<!--<img src="--><img src=x onerror=__canary() data-pwn//">' },
  { id: 'noscript-break', code: true, text: '<noscript><p title="</noscript><img src=x onerror=__canary() data-pwn>">' },
  { id: 'template', code: true, text: '<template><img src=x onerror=__canary() data-pwn></template>' },

  // URLs that run code
  { id: 'javascript-url', code: true, text: 'javascript:__canary()' },
  { id: 'javascript-mixed-case', code: true, text: 'JaVaScRiPt:__canary()' },
  { id: 'javascript-leading-space', code: true, text: ' javascript:__canary()' },
  { id: 'javascript-tab', code: true, text: 'java\tscript:__canary()' },
  { id: 'javascript-entity-colon', code: true, text: 'javascript&colon;__canary()' },
  { id: 'vbscript-url', code: true, text: 'vbscript:__canary()' },
  { id: 'data-url-html', code: true, text: 'data:text/html,<script>__canary()</script>' },
  { id: 'data-url-base64', code: true, encoded: true, text: `data:text/html;base64,${b64('<script>parent.__canary()</script>')}` },
  { id: 'a-href-javascript', code: true, text: '<a href="javascript:__canary()" data-pwn>click</a>' },
  { id: 'iframe-javascript', code: true, text: '<iframe src="javascript:parent.__canary()" data-pwn></iframe>' },
  { id: 'iframe-srcdoc', code: true, text: '<iframe srcdoc="<script>parent.__canary()</script>" data-pwn></iframe>' },
  { id: 'object-data', code: true, text: '<object data="javascript:__canary()" data-pwn></object>' },
  { id: 'form-action', code: true, text: '<form action="javascript:__canary()" data-pwn><button>go</button></form>' },
  { id: 'meta-refresh', code: true, text: '<meta http-equiv="refresh" content="0;url=javascript:__canary()" data-pwn>' },
  { id: 'base-href', code: true, text: '<base href="javascript:__canary()//" data-pwn>' },
  { id: 'http-then-markup', code: true, text: 'https://example.com/"><img src=x onerror=__canary() data-pwn>' },

  // Breaking out of attributes, text containers and styles
  { id: 'attr-break-double', code: true, text: '"><script>__canary()</script>' },
  { id: 'attr-break-single', code: true, text: '\'><img src=x onerror=__canary() data-pwn>' },
  { id: 'attr-inject-double', code: true, text: '" onmouseover="__canary()" autofocus onfocus="__canary()" data-pwn="' },
  { id: 'attr-inject-single', code: true, text: '\' autofocus onfocus=\'__canary()\' data-pwn=\'' },
  { id: 'textarea-break', code: true, text: '</textarea><script>__canary()</script>' },
  { id: 'title-break', code: true, text: '</title><script>__canary()</script>' },
  { id: 'style-break', code: true, text: '</style><img src=x onerror=__canary() data-pwn>' },
  { id: 'style-element', code: true, text: '<style data-pwn>*{background:url("javascript:__canary()")}</style>' },
  { id: 'style-attribute', code: true, text: '<div style="background-image:url(javascript:__canary())" data-pwn>x</div>' },
  { id: 'css-expression', code: true, text: 'x;}body{background:red;width:expression(__canary())}' },
  { id: 'css-import', text: '@import url(https://evil.example/x.css);' },

  // Encoded: percent, double percent, entities, double entities, escapes, full-width
  { id: 'percent-encoded', code: true, text: '%3Cscript%3E__canary()%3C%2Fscript%3E' },
  { id: 'percent-double', code: true, text: '%253Cimg%2520src%253Dx%2520onerror%253D__canary()%253E' },
  { id: 'entities', code: true, text: '&lt;script&gt;__canary()&lt;/script&gt;' },
  { id: 'entities-double', code: true, text: '&amp;lt;img src=x onerror=__canary()&amp;gt;' },
  { id: 'entities-numeric', code: true, text: '&#60;img src=x onerror=__canary()&#62;&#x3C;svg onload=__canary()&#x3E;' },
  { id: 'js-escapes', code: true, text: '\\u003cimg src=x onerror=__canary()\\u003e\\x3cscript\\x3e' },
  { id: 'full-width', code: true, text: '\uFF1Cscript\uFF1E__canary()\uFF1C/script\uFF1E' },
  { id: 'utf7', code: true, text: '+ADw-script+AD4-__canary()+ADw-/script+AD4-' },

  // Template and format strings
  { id: 'mustache', code: true, text: '{{7*7}}{{constructor.constructor(\'__canary()\')()}}' },
  { id: 'js-template', code: true, text: '${__canary()}${7*7}`' },
  { id: 'ruby-erb', code: true, text: '#{__canary()}<%= __canary() %>' },
  { id: 'format-strings', text: '%s%s%s%n%x%d{0}{}{:?}%(x)s' },

  // Unicode tricks
  { id: 'rtl-override', code: true, text: '\u202Egnp.exe<img src=x onerror=__canary() data-pwn>\u202C' },
  { id: 'rtl-isolates', text: 'cisco\u2067\u202E drawkcab \u2069\u200F\u200E' },
  { id: 'zero-width', text: 'ci\u200Bsco\u200C\u200D\u2060\uFEFF' },
  { id: 'control-chars', text: 'a\u0000b\u0001c\u0007d\u001b[31me\u0008f\u007fg\u0085h' },
  { id: 'line-breaks', text: 'line1\r\nline2\nSet-Cookie: pwn=1\u2028\u2029' },
  { id: 'lone-surrogates', text: 'a\uD800b\uDFFFc' },
  { id: 'combining-zalgo', text: 'Z\u0337\u0322\u0353a\u0338l\u0335g\u0336o\u0337 \uD83D\uDC69\u200D\uD83D\uDCBB' },

  // Data-structure and parser abuse
  { id: 'json-break', text: '"},"__proto__":{"polluted":1},"x":"' },
  { id: 'proto-keys', text: '__proto__ constructor prototype toString' },
  { id: 'path-traversal', text: '../../../../etc/passwd' },
  { id: 'query-syntax', code: true, text: 'country:<script>__canary()</script> -"<img src=x onerror=__canary() data-pwn>" kind:"' },
  { id: 'url-fragment', code: true, text: '?view=about&q=x#<img src=x onerror=__canary() data-pwn>' },
  { id: 'sql', text: '\' OR 1=1 --' },
  { id: 'regex-bomb', text: '(a+)+$ ' + 'a'.repeat(40) + '!' },
  { id: 'backslashes', text: '\\\\\\"\\\'\\n\\0' },
  { id: 'phishing-link', text: '<a href=https://evil.example target=_blank data-pwn>log in</a>' },
  { id: 'whitespace-only', text: ' \t \u00A0\u3000' },

  // Size
  { id: '100kb', code: true, text: HUNDRED_KB },
];

// A corpus with a repeated id or an empty payload is a mistake in this file.
{
  const ids = new Set();
  for (const p of CORPUS) {
    if (ids.has(p.id)) throw new Error(`injection-corpus.mjs: duplicate id ${p.id}`);
    if (!p.text) throw new Error(`injection-corpus.mjs: empty payload ${p.id}`);
    if (p.code && !p.encoded && !p.text.includes('__canary()') && !p.text.includes('&#95;&#95;canary()')) {
      throw new Error(`injection-corpus.mjs: ${p.id} is marked code but does not call the canary`);
    }
    ids.add(p.id);
  }
  if (CORPUS.length < 50) throw new Error(`injection-corpus.mjs: ${CORPUS.length} payloads, at least 50 wanted`);
}

/** The payload strings alone. */
export const PAYLOADS = CORPUS.map((p) => p.text);

/**
 * The payload as a well-formed string: lone surrogates become U+FFFD, as any UTF-8 encoder (and
 * `encodeURIComponent`, which throws on them) needs.
 */
export const wellFormed = (s) => s.toWellFormed();

/** Escapes text for an HTML attribute value (double-quoted) or text content of a host page. */
export const htmlEscape = (s) =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll("'", '&#39;');

/** A short, printable description of a payload for messages. */
export const describe = (p) => {
  const shown = JSON.stringify(p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text);
  return `${p.id} ${shown}${p.text.length > 60 ? ` (${p.text.length} chars)` : ''}`;
};
