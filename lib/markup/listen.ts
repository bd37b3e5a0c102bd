/** 朗读 (components/reading/ListenControl.tsx, lib/browser/listen.ts). */
import { dataAttribute, dataMark } from './attribute';

export const listenButtons = ['play', 'pause', 'resume', 'stop'] as const;

export type ListenButton = (typeof listenButtons)[number];

export const listenMarkup = {
  /** Which of the four buttons an element is. */
  button: dataAttribute('data-listen', listenButtons),
  /** The paragraph being read now (styled in app/globals.css). */
  reading: dataMark('data-reading'),
};
