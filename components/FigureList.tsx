/* eslint-disable @next/next/no-img-element -- a static export serves images as they are */
import type { Figure } from '@/lib/api';
import { circledNumber } from '@/lib/records/format';

/** The article's photos; a figure without an image file still shows its caption and credit. */
export function FigureList({ figures }: { readonly figures: readonly Figure[] }) {
  if (figures.length === 0) return null;
  return (
    <section aria-label="图片" className="mt-8 space-y-4 border-t border-rule pt-4">
      {figures.map((figure) => (
        <figure key={figure.number}>
          {figure.src && <img src={figure.src} alt={figure.caption} loading="lazy" className="w-full rounded" />}
          <figcaption className="text-sm text-muted">
            {figures.length > 1 && <span>图{circledNumber(figure.number)}：</span>}
            {figure.caption}
            {figure.credit && <span className="ml-2">（{figure.credit}）</span>}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
