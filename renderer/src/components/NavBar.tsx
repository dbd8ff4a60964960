import { SCREENS, hrefOf, type ScreenPath } from '../routing';

/**
 * The always-visible navigation: plain links, so every screen is one Tab and Enter
 * away and the browser's own focus ring and history work.
 */
export function NavBar({ current }: { current: ScreenPath }) {
  return (
    <nav aria-label="Điều hướng chính" className="nav">
      <ul>
        {SCREENS.map((screen) => (
          <li key={screen.path}>
            <a href={hrefOf(screen.path)} aria-current={screen.path === current ? 'page' : undefined}>
              {screen.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
