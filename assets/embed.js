// Ladder's embed script for a careers page on another origin. Paste beside the frame:
//   <iframe data-ladder src="https://levels.example.com/careers/" title="Career levels"></iframe>
//   <script src="https://levels.example.com/careers/embed.js" async></script>
// It greets each Ladder frame once the frame loads and sets the frame's height to the height
// Ladder reports, accepting messages only from the frame's own origin and window.
(function () {
  function attach(frame) {
    if (frame.ladderAttached) return;
    frame.ladderAttached = true;
    var origin = new URL(frame.src, location.href).origin;
    frame.setAttribute('scrolling', 'no');
    frame.style.border = '0';
    frame.style.width = '100%';
    function hello() {
      if (frame.contentWindow) frame.contentWindow.postMessage({ ladder: 'hello' }, origin);
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
  function scan() {
    var frames = document.querySelectorAll('iframe[data-ladder]');
    for (var i = 0; i < frames.length; i++) attach(frames[i]);
  }
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
