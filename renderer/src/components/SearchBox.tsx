import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Input, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { SearchResult } from '../../../electron/domain/views';
import { call } from '../api/client';
import { errorText } from '../feedback';
import { Highlight } from './Highlight';
import { navigate } from '../routing';

const KIND_LABELS: Record<SearchResult['kind'], string> = {
  session: 'Phiên họp',
  document: 'Tài liệu',
  indicator: 'Chỉ tiêu',
  task: 'Nhiệm vụ',
};

/** Where a hit opens: its own screen, with the record selected. */
function open(hit: SearchResult): void {
  if (hit.kind === 'session') navigate('/phien-hop', { id: hit.id });
  else if (hit.kind === 'indicator') navigate('/chi-tieu', { id: hit.id });
  else if (hit.kind === 'task') navigate('/nhiem-vu', { id: hit.id });
  else if (hit.sessionId != null) navigate('/phien-hop', { id: hit.sessionId });
  else navigate('/phien-hop');
}


/**
 * The title bar's search over sessions, documents, indicators and tasks. The service
 * ignores diacritics, so "de an 06" finds "Đề án 06"; choosing a hit opens it.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchResult[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim().length < 2) {
      setHits([]);
      return;
    }
    // Wait for a pause in typing; drop answers to queries the user has moved past.
    const timer = window.setTimeout(() => {
      call('search', { query }).then(
        (found) => {
          if (ticket !== latest.current) return;
          setHits(found);
          setFailure(null);
        },
        (error: unknown) => ticket === latest.current && setFailure(errorText(error)),
      );
    }, 200);
    return () => window.clearTimeout(timer);
  }, [query]);

  const groups = (Object.keys(KIND_LABELS) as SearchResult['kind'][])
    .map((kind) => ({
      label: KIND_LABELS[kind],
      options: hits
        .filter((h) => h.kind === kind)
        .map((h) => ({
          value: `${h.kind}:${h.id}`,
          // What a screen reader announces for the option (the list it reads would otherwise say the value).
          'aria-label': `${KIND_LABELS[kind]}: ${h.title}`,
          label: (
            <div style={{ whiteSpace: 'normal' }}>
              <div>
                <Highlight text={h.title || KIND_LABELS[kind]} query={query} />
              </div>
              {h.snippet && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <Highlight text={h.snippet} query={query} />
                </Typography.Text>
              )}
            </div>
          ),
        })),
    }))
    .filter((g) => g.options.length > 0);

  const notFound = failure
    ? `Không tìm được: ${failure}`
    : query.trim().length >= 2
      ? 'Không có kết quả. Hãy thử từ khóa khác (có thể gõ không dấu).'
      : null;

  return (
    <AutoComplete
      value={query}
      options={groups}
      onChange={setQuery}
      onSelect={(value: string) => {
        const [kind, id] = value.split(':');
        const hit = hits.find((h) => h.kind === kind && h.id === Number(id));
        if (hit) open(hit);
        setQuery('');
      }}
      notFoundContent={notFound}
      popupMatchSelectWidth={520}
      style={{ width: 360 }}
    >
      <Input
        aria-label="Tìm kiếm phiên họp, tài liệu, chỉ tiêu, nhiệm vụ"
        placeholder="Tìm kiếm (gõ có dấu hoặc không dấu)…"
        prefix={<SearchOutlined aria-hidden />}
        allowClear
      />
    </AutoComplete>
  );
}
