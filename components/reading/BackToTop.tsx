/** A plain link to the top of the main content: it works without JavaScript. */
export function BackToTop() {
  return (
    <p className="mt-8 text-right text-sm print:hidden">
      <a href="#main" className="text-accent hover:underline">
        回到顶部 ↑
      </a>
    </p>
  );
}
