// Runs on every published page and on the app page; everything still reads without it. It has
// no words of its own: every sentence it shows is the page's, in the page's language.
// 1. Old addresses: the explorer used to live at `#/levels/IC04` and friends. On a published
//    page such an address is sent to the page that now shows that view, or to the app; one
//    longer than the app reads is refused here with a message, never passed on.
// 2. Fetched ahead on intent: when a pointer rests on, or focus reaches, a link into the app,
//    the app's files (named by `ladder-app`) are fetched once at low priority, so the browser
//    has them when the click lands. Never on idle: most candidates never open the app.
// 3. Inside an embed: hides Ladder's own header and footer and, once the host page says hello,
//    tells it the height of the content so the frame fits (see embed.js and "Embed" in docs/publishing.md).
(function () {
  var root = document.documentElement;
  var isApp = document.body && document.body.getAttribute('data-page') === 'app';

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  // The longest fragment the app reads (`MAX_FRAGMENT` in src/route.rs; a test keeps the two
  // equal). A longer old address is answered here: passing it on would load the app only for
  // the app to refuse it.
  var MAX_FRAGMENT = 4096;
  function tooLong() {
    var main = document.getElementById('main');
    var note = document.getElementById('address-too-long');
    if (!main) return;
    if (!note) {
      note = document.createElement('p');
      note.id = 'address-too-long';
      note.className = 'problem';
      note.setAttribute('role', 'alert');
      main.insertBefore(note, main.firstChild);
    }
    // The sentence is the page's, in its language (`data-too-long`, written by src/site.rs).
    note.textContent = (main.getAttribute('data-too-long') || '').split('{length}').join(String(location.hash.length));
  }

  // Also on hashchange: an old address pasted over the landing's own changes only the fragment.
  function redirect() {
    if (location.hash.indexOf('#/') !== 0) return false;
    if (location.hash.length > MAX_FRAGMENT) {
      tooLong();
      return false;
    }
    var codes = (meta('ladder-levels') || '').split(' ').filter(Boolean);
    var exact = function (code) {
      var c;
      try { c = decodeURIComponent(code).toLowerCase(); } catch (e) { return null; }
      for (var i = 0; i < codes.length; i++) if (codes[i].toLowerCase() === c) return codes[i];
      return null;
    };
    var parts = location.hash.slice(2).split(/[?#]/)[0].split('/').filter(Boolean);
    // The views between people live on their own page (people.html), the rest on app.html.
    var people = ['shared', 'rate', 'opinion', 'role', 'find'].indexOf(parts[0]) >= 0;
    var target = (people ? 'people.html' : 'app.html') + location.search + location.hash;
    if (parts.length === 0) target = null;
    else if (parts[0] === 'promotion' && parts.length === 1) target = 'promotion.html';
    else if (parts[0] === 'levels' && parts.length === 2 && exact(parts[1])) target = 'level-' + exact(parts[1]) + '.html';
    else if (parts[0] === 'compare' && parts.length === 3 && exact(parts[1]) && exact(parts[2])) {
      // Only the pairs the landing lists (`ladder-pairs`) are pages; the app shows any other.
      var pair = exact(parts[1]) + '/' + exact(parts[2]);
      if ((meta('ladder-pairs') || '').split(' ').indexOf(pair) >= 0) {
        target = 'compare-' + exact(parts[1]) + '-' + exact(parts[2]) + '.html';
      } else {
        target = 'app.html' + location.search + '#/compare/' + pair;
      }
    }
    if (!target) return false;
    location.replace(new URL((meta('ladder-base') || '') + target, location.href).href);
    return true;
  }
  if (!isApp) {
    if (redirect()) return;
    window.addEventListener('hashchange', redirect);
  }

  var ahead = isApp ? [] : (meta('ladder-app') || '').split(' ').filter(Boolean);
  function fetchAhead(event) {
    // The self-assessment's files (the page between people is fetched when it is opened).
    var link = event.target.closest && event.target.closest('a[href*="app.html"]');
    if (!link || !ahead.length) return;
    for (var k = 0; k < ahead.length; k++) fetch(ahead[k], { priority: 'low' }).catch(function () {});
    ahead = [];
  }
  document.addEventListener('pointerover', fetchAhead);
  document.addEventListener('focusin', fetchAhead);

  // Buttons that need a script are hidden in the markup and shown here.
  var enhanced = document.querySelectorAll('[data-enhance]');
  for (var i = 0; i < enhanced.length; i++) {
    var part = enhanced[i];
    var button = part.querySelector('button');
    if (part.getAttribute('data-enhance') === 'print') {
      button.addEventListener('click', function () { window.print(); });
    } else {
      button.addEventListener('click', function (event) {
        // What it says is the page's, in its language (`data-copied`, `data-copy-refused`).
        var holder = event.target.closest('[data-enhance]');
        var status = holder.querySelector('[role=status]');
        var say = function (name) { status.textContent = holder.getAttribute(name) || ''; };
        if (!navigator.clipboard) return say('data-copy-refused');
        navigator.clipboard.writeText(location.href).then(function () {
          say('data-copied');
        }, function () {
          say('data-copy-refused');
        });
      });
    }
    part.hidden = false;
  }

  if (window.parent === window) return;
  root.classList.add('embedded');
  // Origins allowed to embed this site, when the build names some; otherwise any host may.
  var allowed = (meta('ladder-embed-origins') || '').split(' ').filter(Boolean);
  var host = null;
  var last = 0;
  function report() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (host && height !== last) {
      last = height;
      window.parent.postMessage({ ladder: 'size', height: height }, host);
    }
  }
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || !event.data || event.data.ladder !== 'hello') return;
    if (allowed.length && allowed.indexOf(event.origin) < 0) return;
    host = event.origin;
    last = 0;
    follow(event.data.theme);
    report();
  });
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.body);

  // The host page's scheme, when it has one: the dark rules are switched on or off for good
  // (through the CSSOM, which the strict policy allows), instead of following the visitor.
  var themed = false;
  function follow(theme) {
    if (themed || (theme !== 'light' && theme !== 'dark')) return;
    themed = true;
    for (var i = 0; i < document.styleSheets.length; i++) {
      var rules;
      try { rules = document.styleSheets[i].cssRules; } catch (e) { continue; }
      for (var j = 0; j < rules.length; j++) {
        var media = rules[j].media;
        if (!media || !/prefers-color-scheme:\s*dark/.test(media.mediaText)) continue;
        var dark = !/^not\b/.test(media.mediaText);
        media.mediaText = (theme === 'dark') === dark ? 'all' : 'not all';
      }
    }
    root.style.colorScheme = theme;
  }
})();
