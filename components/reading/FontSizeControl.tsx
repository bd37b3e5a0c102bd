'use client';

import { useEffect, useState } from 'react';
import { applyFontSize, defaultFontSize, fontSizes, isFontSizeId, type FontSizeId } from '@/lib/font-size';

/** 字号：小 中 大. Remembered across pages; the page's own script applies it before painting. */
export function FontSizeControl() {
  const [size, setSize] = useState<FontSizeId>(defaultFontSize);
  useEffect(() => {
    const stored = document.documentElement.dataset.fontSize;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reads the size the head script applied
    if (isFontSizeId(stored)) setSize(stored);
  }, []);
  const choose = (next: FontSizeId) => {
    setSize(next);
    applyFontSize(next);
  };
  return (
    <div role="group" aria-label="字号" className="inline-flex items-center gap-1 text-sm">
      <span aria-hidden="true" className="text-muted">字号</span>
      {fontSizes.map((option) => (
        <button
          key={option.id}
          type="button"
          aria-pressed={size === option.id}
          aria-label={`字号${option.label}`}
          onClick={() => choose(option.id)}
          className={`min-w-8 rounded border px-2 py-0.5 focus-visible:outline-2 focus-visible:outline-accent ${size === option.id ? 'border-accent text-accent' : 'border-rule'}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
