// Ladder's embed script for a careers page (docs/publishing.md): greets each
// <iframe data-ladder> with the page's scheme and sizes it to the height Ladder
// reports, heard only from the frame's own window and origin.
(function () {
  function attach(frame) {
    if (frame.ladderAttached) return;
    frame.ladderAttached = true;
    var origin = new URL(frame.src, location.href).origin;
    frame.setAttribute('scrolling', 'no');
    frame.style.border = '0';
    frame.style.width = '100%';
    function hello() {
      if (frame.contentWindow) frame.contentWindow.postMessage({ ladder: 'hello', theme: theme(frame) }, origin);
    }
    frame.addEventListener('load', hello);
    hello();
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      if (!data || data.ladder !== 'size' || typeof data.height !== 'number') return;
      frame.style.height = Math.max(0, Math.min(data.height, 100000)) + 'px';
    });
  }
  // data-theme on the frame (light, dark, auto), else the page's color-scheme.
  function theme(frame) {
    var chosen = frame.getAttribute('data-theme');
    if (chosen) return chosen;
    var meta = document.querySelector('meta[name="color-scheme"]');
    var scheme = getComputedStyle(document.documentElement).colorScheme;
    if (!scheme || scheme === 'normal') scheme = meta ? meta.content : '';
    if (/dark/.test(scheme)) return /light/.test(scheme) ? 'auto' : 'dark';
    return 'light';
  }
  function scan() {
    var frames = document.querySelectorAll('iframe[data-ladder]');
    for (var i = 0; i < frames.length; i++) attach(frames[i]);
  }
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
