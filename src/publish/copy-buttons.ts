/**
 * Copy buttons of the "Cite this practice" block, in the browser. The
 * buttons are rendered hidden and shown only where the Clipboard API
 * exists, so nobody sees a button that cannot work; the texts stay
 * selectable for everyone.
 */
export function enableCopyButtons(root: HTMLElement): void {
  if (!navigator.clipboard?.writeText) return;
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = document.getElementById(button.dataset.copy ?? '');
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = (source.textContent ?? '').replace(/\s+\n/g, '\n').trim();
      navigator.clipboard.writeText(text).then(
        () => {
          if (status) status.textContent = root.dataset.copied ?? '';
        },
        () => {
          if (status) status.textContent = root.dataset.copyFailed ?? '';
          // Selecting the text leaves the reader one keystroke from copying it.
          getSelection()?.selectAllChildren(source);
        },
      );
    });
  }
}
