/**
 * The Vietnamese application menu, as plain data (Electron's MenuItemConstructorOptions
 * shape) so it is tested without Electron. Roles give the usual shortcuts.
 */
export interface MenuItemSpec {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: 'separator';
  /** A renderer route to open (sent to the window), for items that navigate. */
  route?: string;
  submenu?: MenuItemSpec[];
}

export const MENU_TEMPLATE: MenuItemSpec[] = [
  {
    label: 'Tệp',
    submenu: [
      { label: 'Nhập tài liệu…', accelerator: 'CmdOrCtrl+O', route: '/nhap-tai-lieu' },
      { label: 'Xuất văn bản…', accelerator: 'CmdOrCtrl+E', route: '/xuat-van-ban' },
      { type: 'separator' },
      { label: 'In…', accelerator: 'CmdOrCtrl+P', route: 'print' },
      { type: 'separator' },
      { label: 'Thoát', role: 'quit' },
    ],
  },
  {
    label: 'Sửa',
    submenu: [
      { label: 'Hoàn tác', role: 'undo' },
      { label: 'Làm lại', role: 'redo' },
      { type: 'separator' },
      { label: 'Cắt', role: 'cut' },
      { label: 'Sao chép', role: 'copy' },
      { label: 'Dán', role: 'paste' },
      { label: 'Chọn tất cả', role: 'selectAll' },
    ],
  },
  {
    label: 'Xem',
    submenu: [
      { label: 'Tổng quan', accelerator: 'CmdOrCtrl+1', route: '/' },
      { label: 'Phiên họp', accelerator: 'CmdOrCtrl+2', route: '/phien-hop' },
      { label: 'Chỉ tiêu', accelerator: 'CmdOrCtrl+3', route: '/chi-tieu' },
      { label: 'Nhiệm vụ', accelerator: 'CmdOrCtrl+4', route: '/nhiem-vu' },
      { type: 'separator' },
      { label: 'Tải lại', role: 'reload' },
      { label: 'Phóng to', role: 'zoomIn' },
      { label: 'Thu nhỏ', role: 'zoomOut' },
      { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
      { label: 'Toàn màn hình', role: 'togglefullscreen' },
    ],
  },
  {
    label: 'Cửa sổ',
    submenu: [
      { label: 'Thu nhỏ', role: 'minimize' },
      { label: 'Đóng', role: 'close' },
    ],
  },
];
