/** "Kopiér link" and "Kopiér koden": the clipboard, with the text selected as a fallback and a spoken confirmation. */
async function copy(text: string, status: Element | null, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = done;
  } catch {
    if (status) status.textContent = 'Kunne ikke kopiere automatisk – markér teksten og kopiér den selv.';
  }
}

export function initShareTools(): void {
  for (const tools of document.querySelectorAll<HTMLElement>('.share-tools')) {
    if (tools.dataset['ready']) continue;
    tools.dataset['ready'] = 'true';
    const status = tools.querySelector('.copied');
    // The address as it is now (the map keeps month and selected kommune in it), at the card's anchor where it has one.
    const anchor = tools.dataset['anchor'];
    const address = () => {
      const url = new URL(location.href);
      if (anchor) url.hash = anchor;
      return url.href;
    };
    tools.querySelector('[data-copy-link]')?.addEventListener('click', () => void copy(address(), status, 'Linket er kopieret.'));
    const cite = tools.previousElementSibling?.matches('.citation') ? tools.previousElementSibling : null;
    cite
      ?.querySelector('[data-copy-citation]')
      ?.addEventListener('click', () => void copy(cite.querySelector('[data-citation]')?.textContent ?? '', status, 'Kilden er kopieret.'));
    const code = tools.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    tools.querySelector('[data-copy-embed]')?.addEventListener('click', () => {
      code?.select();
      void copy(code?.value ?? '', status, 'Koden er kopieret.');
    });
  }
}
