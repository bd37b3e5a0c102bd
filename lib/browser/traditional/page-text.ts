/**
 * Shows a page in traditional characters and back, keeping what was printed. Every text node and
 * the labels a reader or a screen reader meets (aria-label, title, alt, placeholder, and the
 * document's <title>) are converted; what the page's scripts write later (a search's results, a
 * status message) is converted as it appears. An element that declares its own language
 * (lang="zh-CN" on the citation) keeps it: a citation quotes the printed form. Form values are
 * the reader's own words and are left alone.
 *
 * opencc-js has an HTMLConverter, but it converts once, from a language tag, and restores from
 * the first text it saw even after a script has changed it; the page here changes as it is read.
 */
import type { TraditionalConverter } from './converter';

const labels = ['aria-label', 'title', 'alt', 'placeholder'] as const;
const skipped = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE']);

/** What a node or attribute held as printed, and what this module wrote in its place. */
interface Written {
  readonly printed: string;
  readonly converted: string;
}

export class TraditionalView {
  private readonly texts = new WeakMap<Node, Written>();
  private readonly attributes = new WeakMap<Element, Map<string, Written>>();
  private readonly observer = new MutationObserver((records) => this.onMutations(records));

  constructor(
    private readonly converter: TraditionalConverter,
    private readonly root: HTMLElement = document.documentElement,
  ) {}

  /** Converts the page and keeps converting what scripts add, until restore(). */
  show(): void {
    this.convertTree(this.root);
    this.observer.observe(this.root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [...labels] });
  }

  /** Converts a part of the page again from its printed text (a dictionary for it has arrived). */
  refresh(element: Element): void {
    this.visit(element, (text) => this.convertText(text, true), (child) => labels.forEach((name) => this.convertAttribute(child, name, true)));
  }

  /** Puts back what was printed wherever this view wrote, and stops converting. */
  restore(): void {
    this.observer.disconnect();
    this.visit(this.root, (node) => {
      const written = this.texts.get(node);
      if (written && node.nodeValue === written.converted) node.nodeValue = written.printed;
      this.texts.delete(node);
    }, (element) => {
      for (const [name, written] of this.attributes.get(element) ?? []) {
        if (element.getAttribute(name) === written.converted) element.setAttribute(name, written.printed);
      }
      this.attributes.delete(element);
    });
  }

  private onMutations(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach((node) => this.convertTree(node));
      else if (record.type === 'characterData') this.convertText(record.target);
      else if (record.target instanceof Element && record.attributeName) this.convertAttribute(record.target, record.attributeName);
    }
  }

  private convertTree(node: Node): void {
    this.visit(node, (text) => this.convertText(text), (element) => labels.forEach((name) => this.convertAttribute(element, name)));
  }

  /** Walks a subtree, leaving out code, form text and any element that declares its own language. */
  private visit(node: Node, onText: (text: Node) => void, onElement: (element: Element) => void): void {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!this.isKept(node.parentElement)) onText(node);
      return;
    }
    if (!(node instanceof Element) || skipped.has(node.tagName) || (node !== this.root && node.hasAttribute('lang'))) return;
    onElement(node);
    for (const child of node.childNodes) this.visit(child, onText, onElement);
  }

  /** True inside an element that keeps its printed form (found walking up from a changed text). */
  private isKept(element: Element | null): boolean {
    for (let current = element; current && current !== this.root; current = current.parentElement) {
      if (skipped.has(current.tagName) || current.hasAttribute('lang')) return true;
    }
    return false;
  }

  private convertText(node: Node, again = false): void {
    const written = this.texts.get(node);
    const current = node.nodeValue ?? '';
    if (written?.converted === current && !again) return;
    // Text this view did not write is new: printed, or written by a script since.
    const value = written?.converted === current ? written.printed : current;
    const converted = this.converter.convert(value);
    this.texts.set(node, { printed: value, converted });
    if (converted !== current) node.nodeValue = converted;
  }

  private convertAttribute(element: Element, name: string, again = false): void {
    const current = element.getAttribute(name);
    if (current === null || this.isKept(element)) return;
    const written = this.attributes.get(element) ?? new Map<string, Written>();
    const before = written.get(name);
    if (before?.converted === current && !again) return;
    const value = before?.converted === current ? before.printed : current;
    const converted = this.converter.convert(value);
    written.set(name, { printed: value, converted });
    this.attributes.set(element, written);
    if (converted !== current) element.setAttribute(name, converted);
  }
}
