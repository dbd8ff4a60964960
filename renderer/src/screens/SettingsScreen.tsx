import { Tabs } from 'antd';
import { AgenciesPanel } from '../components/AgenciesPanel';
import { BackupPanel } from '../components/BackupPanel';
import { ScreenTitle } from '../components/ScreenTitle';
import { TemplatesPanel } from '../components/TemplatesPanel';
import { ThresholdsPanel } from '../components/ThresholdsPanel';
import { navigate, type Route } from '../routing';

const TABS = ['mau-van-ban', 'co-quan', 'nguong-danh-gia', 'du-lieu'] as const;

/** Cài đặt: templates, agencies and their short forms, rating thresholds, the data folder and backups. */
export function SettingsScreen({ route }: { route: Route }) {
  const tab = TABS.find((t) => t === route.params.get('muc')) ?? 'mau-van-ban';
  return (
    <>
      <ScreenTitle title="Cài đặt" subtitle="Mẫu văn bản, danh mục cơ quan, ngưỡng đánh giá chỉ tiêu, dữ liệu và sao lưu." />
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate('/cai-dat', { muc: key })}
        items={[
          { key: 'mau-van-ban', label: 'Mẫu văn bản', children: <TemplatesPanel /> },
          { key: 'co-quan', label: 'Cơ quan và tên viết tắt', children: <AgenciesPanel /> },
          { key: 'nguong-danh-gia', label: 'Ngưỡng đánh giá', children: <ThresholdsPanel /> },
          { key: 'du-lieu', label: 'Dữ liệu và sao lưu', children: <BackupPanel /> },
        ]}
      />
    </>
  );
}
