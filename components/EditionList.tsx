
export interface EditionListItem {
  readonly href: string;
  /** 4月9日 第19版 */
  readonly label: string;
  readonly stories: readonly { readonly href: string; readonly title: string }[];
}

/** Printed pages, each with the titles of its stories in printed order. */
export function EditionList({ items }: { readonly items: readonly EditionListItem[] }) {
  return (
    <ul className="mt-4 divide-y divide-rule">
      {items.map((item) => (
        <li key={item.href} className="py-3">
          <a href={item.href} className="font-semibold text-accent hover:underline">
            {item.label}
          </a>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-[0.95rem]">
            {item.stories.map((story) => (
              <li key={story.href}>
                <a href={story.href} className="hover:text-accent hover:underline">
                  {story.title}
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
