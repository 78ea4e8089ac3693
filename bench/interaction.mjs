// How long a change of answer takes to reach the screen: from the radio's click to the moment the
// dimension's live readiness line has changed in the DOM (measured inside the page, so browser
// automation overhead is not counted), and how long the full report takes to render after
// navigating to it. Imported by bench/run.mjs.
export async function measureInteraction(page, origin, rounds = 60) {
  await page.goto(`${origin}/app.html?today=2026-11-22#/assess/dimension/1`);
  await page.waitForSelector('[data-testid="dimension-status"]');
  const answerToScreen = await page.evaluate(async (rounds) => {
    const status = document.querySelector('[data-testid="dimension-status"]');
    const radios = [...document.querySelectorAll('fieldset.rating')[0].querySelectorAll('input[type=radio]')];
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const radio = radios[i % 4]; // Not yet, Sometimes, Usually, Consistently in turn
      const before = status.textContent;
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (status.textContent !== before) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      const start = performance.now();
      radio.click();
      times.push((await changed) - start);
      // Let the frame finish so rounds do not overlap.
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    return times;
  }, rounds);

  const reportRender = [];
  for (let i = 0; i < 15; i++) {
    await page.goto(`${origin}/app.html?today=2026-11-22#/assess/dimension/1`);
    await page.waitForSelector('[data-testid="dimension-status"]');
    reportRender.push(
      await page.evaluate(async () => {
        const start = performance.now();
        location.hash = '#/assess/report';
        while (!document.querySelector('[data-testid="assess-report"]')) {
          await new Promise((r) => requestAnimationFrame(() => r()));
        }
        return performance.now() - start;
      }),
    );
  }
  // A click to the next view, as a person moves through the questionnaire: from the click on
  // "Next dimension →" to the next dimension's questions in the DOM, and from "See my report →"
  // on the criteria page to the report in the DOM.
  const clickToView = await page.evaluate(async () => {
    // Resolves at the DOM change that makes `test` true (not at the next frame, which would
    // round every figure up to the display's refresh).
    const until = (test) => new Promise((resolve) => {
      if (test()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (test()) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const times = [];
    for (let round = 0; round < 5; round++) {
      location.hash = '#/assess/dimension/1';
      await until(() => /Dimension 1 of/.test(document.querySelector('[data-testid="step-count"]')?.textContent ?? ''));
      const total = Number(document.querySelector('[data-testid="step-count"]').textContent.match(/of (\d+)/)[1]);
      for (let n = 1; n < total; n++) {
        const start = performance.now();
        document.querySelector('a[rel="next"]').click();
        times.push((await until(() => new RegExp(`Dimension ${n + 1} of`).test(document.querySelector('[data-testid="step-count"]')?.textContent ?? ''))) - start);
      }
      location.hash = '#/assess/criteria';
      await until(() => document.querySelector('a[rel="next"][href$="#/assess/report"]'));
      const start = performance.now();
      document.querySelector('a[rel="next"][href$="#/assess/report"]').click();
      times.push((await until(() => document.querySelector('[data-testid="assess-report"]'))) - start);
    }
    return times;
  });

  // Hostile links: how long Ladder takes to handle a fragment, from the browser's hashchange
  // event to the page's answer in the DOM, for a fragment of one million characters (refused
  // unread) and one just under the limit (read, then echoed as a 40-character excerpt). The
  // browser's own time to take such an address (before the event) is reported beside it.
  const hostile = {};
  // Registered before the app's own listener, so it notes the moment the browser hands over.
  await page.addInitScript(() => {
    addEventListener('hashchange', () => { window.__hashchangeAt = performance.now(); });
  });
  for (const [name, fragment] of [
    ['1 MB fragment', `#/levels/${'A'.repeat(1_000_000)}`],
    ['4,000-character level code', `#/levels/${'B'.repeat(4000)}`],
  ]) {
    await page.goto(`${origin}/app.html#/assess`);
    await page.waitForSelector('#current-level');
    hostile[name] = await page.evaluate(async (fragment) => {
      const answer = '[data-testid="not-found"], [data-testid="unknown-level"]';
      const ladder = [];
      const browser = [];
      for (let i = 0; i < 10; i++) {
        location.hash = '#/assess';
        while (!document.querySelector('#current-level')) {
          await new Promise((r) => requestAnimationFrame(() => r()));
        }
        const shown = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (document.querySelector(answer)) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
        const start = performance.now();
        location.hash = fragment;
        const at = await shown;
        ladder.push(at - window.__hashchangeAt);
        browser.push(window.__hashchangeAt - start);
      }
      return { ladder, browser };
    }, fragment);
  }
  return { answerToScreen, reportRender, clickToView, hostile };
}
