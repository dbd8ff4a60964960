import { DatePicker, Flex } from 'antd';
import { DATE_FORMAT, dayOf, isoOf } from '../format';

interface Props {
  id: string;
  value: string;
  onChange(iso: string): void;
  label?: string;
}

/** "Tính đến ngày": the date statuses and comparisons stand at, with a visible label. */
export function AsOfPicker({ id, value, onChange, label = 'Tính đến ngày' }: Props) {
  return (
    <Flex align="center" gap={8}>
      <label htmlFor={id}>{label}</label>
      <DatePicker id={id} format={DATE_FORMAT} placeholder="Ngày/tháng/năm" allowClear={false} value={dayOf(value)} onChange={(d) => d && onChange(isoOf(d))} />
    </Flex>
  );
}
