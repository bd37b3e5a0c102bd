import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

/**
 * Design tokens of the reader: ink, muted text and a restrained newspaper red, a measure of
 * about 36 Chinese characters, and CJK font stacks from the reader's own system (no web font is
 * fetched). Loaded from app/globals.css with @config, as Tailwind 4 does for JS configs.
 */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  darkMode: 'media',
  theme: {
    extend: {
      colors: {
        ink: 'var(--color-ink)',
        paper: 'var(--color-paper)',
        muted: 'var(--color-muted)',
        rule: 'var(--color-rule)',
        accent: 'var(--color-accent)',
      },
      fontFamily: {
        sans: ['"PingFang SC"', '"Hiragino Sans GB"', '"Noto Sans CJK SC"', '"Source Han Sans SC"', '"Microsoft YaHei"', '"WenQuanYi Micro Hei"', 'sans-serif'],
        serif: ['"Songti SC"', '"Noto Serif CJK SC"', '"Source Han Serif SC"', 'STSong', 'SimSun', 'serif'],
      },
      maxWidth: {
        measure: '36em',
      },
    },
  },
  plugins: [typography],
};

export default config;
