import type { DiagramIcon } from '@shared/content/diagram-schema'

// Simple line glyphs on a 24×24 grid, drawn with `stroke: currentColor` and no fill so they follow the theme.
const ICON_PATHS: Record<DiagramIcon, string> = {
  stream: 'M2 7c3-3 6 3 9 0s6 3 9 0M2 12c3-3 6 3 9 0s6 3 9 0M2 17c3-3 6 3 9 0s6 3 9 0',
  bucket:
    'M4 6c0 1.4 3.6 2.5 8 2.5s8-1.1 8-2.5-3.6-2.5-8-2.5S4 4.6 4 6zM4 6l2 13c.3 1.2 2.8 2 6 2s5.7-.8 6-2l2-13',
  database:
    'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  function: 'M5 21l6-11M7 3h3l8 18h2',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 3.6-6 8-6s8 2 8 6',
  camera: 'M3 7h12v10H3zM15 10.5l6-3.5v10l-6-3.5',
  chart: 'M4 3v17h17M8 16v-4M12 16V8M16 16v-6',
  gear: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9 7 7M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1',
  lock: 'M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4M12 15v2',
  key: 'M8 13a4 4 0 1 1 0-8 4 4 0 0 1 0 8zM11 11l9 9M16 16l2-2M18.5 18.5l2-2',
  server: 'M4 4h16v6H4zM4 14h16v6H4zM8 7h.01M8 17h.01',
  queue: 'M3 6h18v12H3zM8 6v12M13 6v12M16 12h3',
  catalog: 'M4 4h16v16H4zM4 9h16M4 14h16M9 4v16',
  search: 'M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM15 15l6 6',
  notebook: 'M6 3h13v18H6zM9 3v18M12 8h4M12 12h4M4 7h3M4 12h3M4 17h3',
  cluster:
    'M12 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM5 21a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 21a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM10.5 7.5l-4 8M13.5 7.5l4 8M8 18h8',
  device: 'M7 7h10v10H7zM10 3v4M14 3v4M10 17v4M14 17v4M3 10h4M3 14h4M17 10h4M17 14h4',
  globe:
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z',
  shield: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6l8-3zM9 12l2 2 4-4',
  doc: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 3',
  bell: 'M6 16v-5a6 6 0 0 1 12 0v5l2 2H4l2-2zM10 20a2 2 0 0 0 4 0',
  model: 'M4 5h4v4H4zM4 15h4v4H4zM16 10h4v4h-4zM8 7l8 5M8 17l8-5',
  mic: 'M12 14a3 3 0 0 0 3-3V6a3 3 0 0 0-6 0v5a3 3 0 0 0 3 3zM6 11a6 6 0 0 0 12 0M12 17v4M9 21h6',
  radar: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 12l6-6',
  filter: 'M3 4h18l-7 8v6l-4 2v-8L3 4z',
  archive: 'M3 4h18v5H3zM5 9v11h14V9M10 13h4',
}

/** The SVG path data of a node icon, on a 24×24 grid. */
export function iconPath(icon: DiagramIcon): string {
  return ICON_PATHS[icon]
}
