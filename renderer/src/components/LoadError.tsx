import { Alert, Button } from 'antd';

interface Props {
  /** What could not be loaded, e.g. "Không tải được danh sách phiên họp". */
  title: string;
  error: string | undefined;
  onRetry(): void;
}

/** A failed load: what failed, why, and a way to try again. */
export function LoadError({ title, error, onRetry }: Props) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={`${error} Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.`}
      action={<Button onClick={onRetry}>Thử lại</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
