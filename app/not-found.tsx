import type { Metadata } from 'next';

export const metadata: Metadata = { title: '页面不存在', robots: { index: false } };

export default function NotFound() {
  return (
    <div className="py-12 text-center">
      <h1 className="text-2xl font-bold">页面不存在</h1>
      <p className="mt-3 text-muted">您要找的文章或页面不存在，可能已被移动或链接有误。</p>
      <p className="mt-6">
        <a href="/" className="text-accent underline underline-offset-2">
          返回首页
        </a>
      </p>
    </div>
  );
}
