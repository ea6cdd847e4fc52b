/**
 * In every page: registers the offline worker once the page has loaded (so
 * that its small download never competes with the page), and tells the
 * visitor when a new version of the catalogue is ready, with a button that
 * switches to it. The old version keeps working until then: a page and the
 * files it loads always come from one build.
 */
export function registerOfflineWorker(region: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const base = region.dataset.base ?? '/';
  const container = navigator.serviceWorker;
  // A page opened before any worker must not reload when the first one takes over, but must on every later change.
  let controlled = container.controller !== null;
  let offered = false;

  const offer = (waiting: ServiceWorker) => {
    if (offered) return;
    offered = true;
    const text = document.createElement('p');
    text.textContent = region.dataset.ready ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = region.dataset.reload ?? '';
    button.addEventListener('click', () => {
      button.disabled = true;
      waiting.postMessage({ type: 'skip-waiting' });
    });
    region.replaceChildren(text, button);
    region.classList.add('offline-update--shown');
    // The notice is fixed at the bottom: a link focused by keyboard scrolls above it, never under it (WCAG 2.4.11).
    document.documentElement.style.scrollPaddingBottom = `${region.offsetHeight + 16}px`;
  };

  // Every open page of the old version reloads when the new worker takes over, so none mixes versions.
  container.addEventListener('controllerchange', () => {
    if (controlled) location.reload();
    controlled = true;
  });

  window.addEventListener('load', async () => {
    let registration: ServiceWorkerRegistration;
    try {
      registration = await container.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' });
    } catch {
      return; // No worker (a host that does not serve sw.js, a private window): the site works online as before.
    }
    const watch = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const check = () => {
        if (worker.state === 'installed' && container.controller) offer(worker);
      };
      check();
      worker.addEventListener('statechange', check);
    };
    watch(registration.waiting);
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  });
}
