
export interface NeighbourLink {
  readonly href: string;
  readonly title: string;
}

/** 上一篇 / 下一篇: the stories printed before and after this one on the same page. */
export function PageNeighbours({ previous, next }: { readonly previous?: NeighbourLink; readonly next?: NeighbourLink }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="同版文章" className="mt-10 grid gap-3 border-t border-rule pt-4 text-sm sm:grid-cols-2">
      {previous && (
        <a href={previous.href} rel="prev" className="group block">
          <span className="text-muted">上一篇</span>
          <span className="block font-semibold group-hover:text-accent group-hover:underline">{previous.title}</span>
        </a>
      )}
      {next && (
        <a href={next.href} rel="next" className="group block sm:col-start-2 sm:text-right">
          <span className="text-muted">下一篇</span>
          <span className="block font-semibold group-hover:text-accent group-hover:underline">{next.title}</span>
        </a>
      )}
    </nav>
  );
}
