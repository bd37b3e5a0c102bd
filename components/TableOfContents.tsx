import type { SectionHeading } from '@/lib/api';

/** 目录：实训实干 · 选树典型 · 严管厚爱, for articles with sections. */
export function TableOfContents({ headings }: { readonly headings: readonly SectionHeading[] }) {
  if (headings.length < 2) return null;
  return (
    <nav aria-label="目录" className="mb-6 text-sm">
      <span className="font-semibold">目录：</span>
      <ol className="inline">
        {headings.map((heading, index) => (
          <li key={heading.id} className="inline">
            {index > 0 && <span aria-hidden="true" className="mx-1 text-muted">·</span>}
            <a href={`#${heading.id}`} className="text-accent hover:underline">
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
