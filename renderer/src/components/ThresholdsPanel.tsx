import { Alert, Button, Card, Flex, Form, InputNumber, Typography, type InputNumberProps } from 'antd';
import { useEffect } from 'react';
import type { RatingThresholdSettings } from '../../../electron/domain/views';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { useLoad } from '../hooks';
import { LoadError } from './LoadError';

/** The form shows ratios as percentages, as the staff think of them. */
type Values = RatingThresholdSettings;
const RATIOS = ['onTrackOfExpected', 'atRiskOfExpected', 'onTrackAttainment', 'atRiskAttainment'] as const;

const toPercent = (t: RatingThresholdSettings): Values => ({ ...t, ...Object.fromEntries(RATIOS.map((k) => [k, Math.round(t[k] * 1000) / 10])) });
const toRatio = (v: Values): RatingThresholdSettings => ({ ...v, ...Object.fromEntries(RATIOS.map((k) => [k, v[k] / 100])) });

/** Takes the id, value and onChange the Form.Item around it hands down. */
function Percent(props: InputNumberProps<number>) {
  return <InputNumber<number> {...props} min={1} max={200} step={5} decimalSeparator="," suffix="%" style={{ width: 140 }} />;
}

/** Cài đặt > Ngưỡng đánh giá: when a figure counts as on track, at risk or off track. */
export function ThresholdsPanel() {
  const loaded = useLoad(() => call('getThresholds', {}), []);
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();

  useEffect(() => {
    if (loaded.data) form.setFieldsValue(toPercent(loaded.data.thresholds));
  }, [loaded.data, form]);

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const saved = await run(() => call('updateThresholds', { thresholds: toRatio(values) }), { done: 'Đã lưu ngưỡng đánh giá.', failed: 'Không lưu được ngưỡng đánh giá' });
    if (saved) form.setFieldsValue(toPercent(saved.thresholds));
  };

  const atMost = (higher: keyof Values, message: string) => ({
    validator: (_: unknown, value: number | null) =>
      value == null || value <= form.getFieldValue(higher) ? Promise.resolve() : Promise.reject(new Error(message)),
  });

  return (
    <Card size="small">
      <LoadError title="Không tải được ngưỡng đánh giá" error={loaded.error} onRetry={loaded.reload} />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Cách xếp loại chỉ tiêu"
        description="Đạt/Vượt khi kết quả đạt mục tiêu. Kết quả báo cáo từ hạn mục tiêu trở đi mà chưa đạt là Chậm/Không đạt. Trước hạn: nếu có mức cơ sở, kết quả được so với giá trị cần đạt theo lộ trình; nếu không, so với chính mục tiêu."
      />
      <Form<Values> form={form} layout="vertical" name="thresholds" disabled={!loaded.data}>
        <Typography.Title level={2} style={{ fontSize: 15 }}>
          Khi có mức cơ sở (so với giá trị cần đạt theo lộ trình)
        </Typography.Title>
        <Flex gap={24} wrap>
          <Form.Item label="Đúng tiến độ từ" name="onTrackOfExpected" rules={[{ required: true, message: 'Hãy nhập ngưỡng.' }]}>
            <Percent />
          </Form.Item>
          <Form.Item
            label="Có nguy cơ từ"
            name="atRiskOfExpected"
            dependencies={['onTrackOfExpected']}
            rules={[{ required: true, message: 'Hãy nhập ngưỡng.' }, atMost('onTrackOfExpected', 'Ngưỡng “Có nguy cơ” không được cao hơn ngưỡng “Đúng tiến độ”.')]}
          >
            <Percent />
          </Form.Item>
        </Flex>
        <Typography.Title level={2} style={{ fontSize: 15 }}>
          Khi không có mức cơ sở (so với mục tiêu)
        </Typography.Title>
        <Flex gap={24} wrap>
          <Form.Item label="Đúng tiến độ từ" name="onTrackAttainment" rules={[{ required: true, message: 'Hãy nhập ngưỡng.' }]}>
            <Percent />
          </Form.Item>
          <Form.Item
            label="Có nguy cơ từ"
            name="atRiskAttainment"
            dependencies={['onTrackAttainment']}
            rules={[{ required: true, message: 'Hãy nhập ngưỡng.' }, atMost('onTrackAttainment', 'Ngưỡng “Có nguy cơ” không được cao hơn ngưỡng “Đúng tiến độ”.')]}
          >
            <Percent />
          </Form.Item>
        </Flex>
        <Form.Item label="Số kỳ số liệu gần nhất dùng để dự báo" name="forecastPoints" rules={[{ required: true, message: 'Hãy nhập số kỳ.' }]}>
          <InputNumber min={2} max={20} style={{ width: 140 }} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" onClick={save} loading={busy}>
            Lưu ngưỡng
          </Button>
          <Button onClick={() => loaded.data && form.setFieldsValue(toPercent(loaded.data.defaults))}>Điền giá trị mặc định</Button>
        </Flex>
      </Form>
    </Card>
  );
}
