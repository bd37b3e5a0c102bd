'use client';

import { useState } from 'react';

export interface ShareActionsProps {
  readonly url: string;
  readonly title: string;
  /** The GB/T 7714 reference of the article. */
  readonly citation: string;
}

/** 分享 / 复制链接 and 复制引用, each confirming what it did in words a screen reader hears. */
export function ShareActions({ url, title, citation }: ShareActionsProps) {
  const [message, setMessage] = useState('');
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage('复制失败，请手动选择复制');
    }
  };
  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch {
        // Cancelled or refused: copying the link is the fallback.
      }
    }
    await copy(url, '链接已复制');
  };
  const button = 'rounded border border-rule px-3 py-1 hover:text-accent focus-visible:outline-2 focus-visible:outline-accent';
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button type="button" onClick={() => void share()} className={button}>
        分享 / 复制链接
      </button>
      <button type="button" onClick={() => void copy(citation, '引用已复制')} className={button}>
        复制引用
      </button>
      <span role="status" className="text-accent">
        {message}
      </span>
    </div>
  );
}
