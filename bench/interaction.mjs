// How long a change of answer takes to reach the screen: from the radio's click to the moment the
// dimension's live readiness line has changed in the DOM (measured inside the page, so browser
// automation overhead is not counted), and how long the full report takes to render after
// navigating to it. Imported by bench/run.mjs.
export async function measureInteraction(page, origin, rounds = 60) {
  await page.goto(`${origin}/?today=2026-11-22#/assess/dimension/1`);
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
    await page.goto(`${origin}/?today=2026-11-22#/assess/dimension/1`);
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
  return { answerToScreen, reportRender };
}
