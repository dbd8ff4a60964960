import type { Rating, TaskStatus } from '../../../electron/domain/model';

export type Tone = 'green' | 'lime' | 'blue' | 'orange' | 'red' | 'grey';

/**
 * Tag colours with text dark enough for WCAG AA on their tint (antd's preset tags
 * print green at 3.4:1); the hues follow the charts, so a rating looks the same everywhere.
 */
export const TONES: Record<Tone, { text: string; background: string; border: string }> = {
  green: { text: '#135200', background: '#f6ffed', border: '#b7eb8f' },
  lime: { text: '#3f6600', background: '#fcffe6', border: '#d3f261' },
  blue: { text: '#003eb3', background: '#e6f4ff', border: '#91caff' },
  orange: { text: '#873800', background: '#fff7e6', border: '#ffd591' },
  red: { text: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  grey: { text: '#262626', background: '#f5f5f5', border: '#d9d9d9' },
};

export const RATING_TONES: Record<Rating, Tone> = {
  met: 'green',
  on_track: 'blue',
  at_risk: 'orange',
  off_track: 'red',
  no_data: 'grey',
};

export const STATUS_TONES: Record<TaskStatus, Tone> = {
  done_on_time: 'green',
  done_late: 'lime',
  in_progress_on_time: 'blue',
  overdue: 'red',
  recurring: 'grey',
};
