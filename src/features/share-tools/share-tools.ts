/** "Kopiér link", "Kopiér kilden" and "Kopiér koden": the clipboard, with the text selected as a fallback and a spoken confirmation. */
async function copy(text: string, status: Element | null, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = done;
  } catch {
    if (status) status.textContent = 'Kunne ikke kopiere automatisk – markér teksten og kopiér den selv.';
  }
}

export class ShareTools {
  /** Every set of tools on the page not started yet (a page has one per chart card, and one beside the map). */
  static start(): ShareTools[] {
    return [...document.querySelectorAll<HTMLElement>('.share-tools')].flatMap((tools) => {
      if (tools.dataset['ready']) return [];
      tools.dataset['ready'] = 'true';
      return [new ShareTools(tools)];
    });
  }

  readonly #status: Element | null;

  readonly #tools: HTMLElement;

  private constructor(tools: HTMLElement) {
    this.#tools = tools;
    this.#status = tools.querySelector('.copied');
    tools.querySelector('[data-copy-link]')?.addEventListener('click', () => void copy(this.#address(), this.#status, 'Linket er kopieret.'));
    const cite = tools.previousElementSibling?.matches('.citation') ? tools.previousElementSibling : null;
    cite
      ?.querySelector('[data-copy-citation]')
      ?.addEventListener('click', () => void copy(cite.querySelector('[data-citation]')?.textContent ?? '', this.#status, 'Kilden er kopieret.'));
    const code = tools.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    tools.querySelector('[data-copy-embed]')?.addEventListener('click', () => {
      code?.select();
      void copy(code?.value ?? '', this.#status, 'Koden er kopieret.');
    });
  }

  /** The address as it is now (the map keeps month and selected kommune in it), at the card's anchor where it has one. */
  #address(): string {
    const url = new URL(location.href);
    const anchor = this.#tools.dataset['anchor'];
    if (anchor) url.hash = anchor;
    return url.href;
  }
}
