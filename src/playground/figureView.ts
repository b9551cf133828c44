// The network figure (the library's HTML figure): a click on a weight highlights its chain-rule path and asks for its derivation.
import { chainOf, figureHtml, figureOf, type NetworkDefinition, type NumberPolicy } from '../browser.js';

export class FigureView {
  private data: ReturnType<typeof figureOf> | undefined;
  private html = '';
  highlighted: string | undefined;

  /** onPick is called with the parameter whose edge was clicked. */
  constructor(private readonly root: HTMLElement, onPick: (param: string) => void) {
    root.addEventListener('click', (event) => {
      const target = (event.target as Element).closest('[data-param]');
      const param = target?.getAttribute('data-param');
      if (param) onPick(param);
    });
  }

  render(def: NetworkDefinition, policy: NumberPolicy): void {
    this.data = figureOf(def);
    const html = figureHtml(this.data, policy);
    // The same file typed again (a comment, spaces) keeps the figure's elements.
    if (html !== this.html) this.root.innerHTML = this.html = html;
    this.highlight(this.highlighted);
  }

  /** Marks the edges on the chain rule of param (or clears the marks). */
  highlight(param: string | undefined): void {
    const on = new Set(param && this.data && this.data.edges.some((e) => e.param === param || e.from === param) ? chainOf(this.data, param) : []);
    this.highlighted = on.size ? param : undefined;
    this.root.classList.toggle('highlighting', on.size > 0);
    for (const el of this.root.querySelectorAll<Element>('[data-edge]')) {
      el.classList.toggle('on-path', on.has(Number(el.getAttribute('data-edge'))));
      el.classList.toggle('picked', param !== undefined && el.getAttribute('data-param') === param);
    }
  }
}
