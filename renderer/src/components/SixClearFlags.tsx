import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Flex, Tooltip } from 'antd';
import type { SixClearCheck, SixClearPoint } from '../../../electron/api/contract';
import { SIX_CLEAR_LABELS } from '../labels';
import { ToneTag } from './Tags';
import { TONES } from './tones';

const POINTS = Object.keys(SIX_CLEAR_LABELS) as SixClearPoint[];

/** In a table cell: "Đủ 6 rõ", or how many points are missing, with the reasons on hover and focus. */
export function SixClearTag({ check }: { check: SixClearCheck }) {
  const complete = check.missing.length === 0;
  return (
    <Tooltip title={check.message}>
      <span tabIndex={0} aria-label={check.message}>
        <ToneTag tone={complete ? 'green' : 'orange'}>{complete ? 'Đủ 6 rõ' : `Thiếu ${check.missing.length}/6`}</ToneTag>
      </span>
    </Tooltip>
  );
}

/** In a task's detail: each of the six points, clear or not, and the reasons. */
export function SixClearList({ check }: { check: SixClearCheck }) {
  return (
    <div>
      <Flex gap={12} wrap component="ul" style={{ listStyle: 'none', padding: 0, margin: '0 0 8px' }}>
        {POINTS.map((point) => {
          const missing = check.missing.includes(point);
          return (
            <li key={point} style={{ color: missing ? TONES.red.text : TONES.green.text }}>
              {missing ? <CloseCircleFilled aria-hidden /> : <CheckCircleFilled aria-hidden />} {SIX_CLEAR_LABELS[point]}
              <span className="visually-hidden">{missing ? ': chưa rõ' : ': đã rõ'}</span>
            </li>
          );
        })}
      </Flex>
      <div>{check.message}</div>
    </div>
  );
}
