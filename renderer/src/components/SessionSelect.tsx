import { Select, type SelectProps } from 'antd';
import { call } from '../api/client';
import { foldedSearch, sessionLabel } from '../format';
import { useLoad } from '../hooks';

/** A choice of session, newest first, for forms and filters; empty means none. */
export function SessionSelect(props: Omit<SelectProps<number | null>, 'options'>) {
  const sessions = useLoad(() => call('listSessions', {}), []);
  return (
    <Select<number | null>
      allowClear
      showSearch={foldedSearch}
      loading={sessions.loading}
      placeholder="Không gắn với phiên họp"
      options={[...(sessions.data ?? [])].reverse().map((s) => ({ value: s.id, label: sessionLabel(s) }))}
      {...props}
    />
  );
}
