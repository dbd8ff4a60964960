import { useEffect, useState } from 'react';

/** The screens, in the order of the navigation; paths match electron/menu-template.ts. */
export const SCREENS = [
  { path: '/', label: 'Tổng quan' },
  { path: '/phien-hop', label: 'Phiên họp' },
  { path: '/chi-tieu', label: 'Chỉ tiêu' },
  { path: '/nhiem-vu', label: 'Nhiệm vụ' },
  { path: '/nhap-tai-lieu', label: 'Nhập tài liệu' },
  { path: '/xuat-van-ban', label: 'Xuất văn bản' },
  { path: '/cai-dat', label: 'Cài đặt' },
] as const;

export type ScreenPath = (typeof SCREENS)[number]['path'];

export interface Route {
  path: ScreenPath;
  params: URLSearchParams;
}

function isScreenPath(path: string): path is ScreenPath {
  return SCREENS.some((s) => s.path === path);
}

/** "#/chi-tieu?id=3" -> { path: '/chi-tieu', params: id=3 }; anything unknown is the dashboard. */
export function parseHash(hash: string): Route {
  const [rawPath = '', query = ''] = hash.replace(/^#/, '').split('?');
  const path = rawPath === '' ? '/' : rawPath;
  return { path: isScreenPath(path) ? path : '/', params: new URLSearchParams(query) };
}

/** The address of a screen, with optional parameters (an id to open, a filter). */
export function hrefOf(path: ScreenPath, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

export function navigate(path: ScreenPath, params: Record<string, string | number> = {}): void {
  window.location.hash = hrefOf(path, params);
}

/** The current route; hash routing keeps the bridge's ?token=… in the address untouched. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** The id parameter of a route, when it is a positive integer. */
export function idParam(route: Route, name = 'id'): number | null {
  const value = Number(route.params.get(name));
  return Number.isInteger(value) && value > 0 ? value : null;
}
