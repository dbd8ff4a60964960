import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { Rating, TaskStatus } from '../../../electron/domain/model';
import { RATING_LABELS, TASK_STATUS_LABELS } from '../../../electron/domain/model';
import { RATING_TONES, STATUS_TONES, TONES, type Tone } from './tones';

export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  const { text, background, border } = TONES[tone];
  return <Tag style={{ color: text, background, borderColor: border }}>{children}</Tag>;
}

/**
 * A rating, with the reason for it on hover and focus. `label` is the comparison's own
 * (ratingLabel): a line with a figure but nothing to judge it by is rated no_data, and
 * says "Chưa có mục tiêu" or "Không so sánh được" rather than "Chưa có số liệu".
 */
export function RatingTag({ rating, label = RATING_LABELS[rating], reason }: { rating: Rating; label?: string; reason?: string }) {
  const tag = <ToneTag tone={RATING_TONES[rating]}>{label}</ToneTag>;
  return reason ? (
    <Tooltip title={reason}>
      <span tabIndex={0} aria-label={`${label}: ${reason}`}>
        {tag}
      </span>
    </Tooltip>
  ) : (
    tag
  );
}

export function StatusTag({ status }: { status: TaskStatus }) {
  return <ToneTag tone={STATUS_TONES[status]}>{TASK_STATUS_LABELS[status]}</ToneTag>;
}
