// A link to a card further down the page lands on the card and stays there while the cards
// around it grow (their code and texts load when they come near): until the reader scrolls,
// types or a few seconds pass, the card is brought back to the top whenever a card's height
// changes.

const SETTLE_MS = 4000;
const INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'];  // the reader moves on

/**
 * Keeps the targets of the links in `nav` in view after the jump.
 * @param {HTMLElement} nav @param {HTMLElement} content the element whose children grow
 */
export function keepLinkTargetsInView(nav, content) {
  /** @type {(() => void) | null} */
  let stop = null;
  nav.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = /** @type {Element} */ (event.target).closest('a[href^="#"]');
    const target = link && document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
    if (!target) return;
    stop?.();
    // The jump may also fall short when the page below the card is still too short to
    // scroll that far: the cards below it grow too.
    const grown = new ResizeObserver(() => target.scrollIntoView({ block: 'start' }));
    let done = false;
    const end = () => {
      done = true;
      grown.disconnect();
      clearTimeout(timer);
      for (const type of INPUT) removeEventListener(type, end, true);
      if (stop === end) stop = null;
    };
    const timer = setTimeout(end, SETTLE_MS);
    requestAnimationFrame(() => {  // after the jump
      if (done) return;
      for (const child of content.children) grown.observe(child);
      for (const type of INPUT) addEventListener(type, end, { capture: true, passive: true });
    });
    stop = end;
  });
}
