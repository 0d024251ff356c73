import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import HomeView from './features/home/HomeView.vue'
import { useNotesStore } from './features/notes/notes-store'

// Hash history works the same from file:// (desktop) and http://127.0.0.1 (browser mode).
// Every route but the home screen is loaded on first visit, so start-up only pays for what it shows.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { title: 'Today' } },
  {
    path: '/notes/:id?',
    name: 'notes',
    component: () => import('./features/notes/NotesView.vue'),
    meta: { title: 'Notes' },
    // Runs before the page's code is loaded: its data is asked for at the same time.
    beforeEnter: (to) => useNotesStore().prefetch(typeof to.params.id === 'string' && to.params.id ? to.params.id : null),
  },
  { path: '/practice/:tab?/:id?', name: 'practice', component: () => import('./features/practice/PracticeView.vue'), meta: { title: 'Practice' } },
  { path: '/diagrams/:id?', name: 'diagrams', component: () => import('./features/diagrams/DiagramsView.vue'), meta: { title: 'Diagrams' } },
  { path: '/dashboard', name: 'dashboard', component: () => import('./features/dashboard/DashboardView.vue'), meta: { title: 'Dashboard' } },
  { path: '/calculators', name: 'calculators', component: () => import('./features/calculators/CalculatorsView.vue'), meta: { title: 'Calculators' } },
  { path: '/calculators/:id', name: 'calculator', component: () => import('./features/calculators/CalculatorView.vue'), meta: { title: 'Calculator' } },
  { path: '/figures', name: 'figures', component: () => import('./features/figures/FiguresView.vue'), meta: { title: 'Figures' } },
  { path: '/settings', name: 'settings', component: () => import('./features/settings/SettingsView.vue'), meta: { title: 'Settings' } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

// The main pane scrolls, not the window, so scroll positions are kept by view-memory.ts (no scrollBehavior);
// the window title is App.vue's.
export const router = createRouter({
  history: createWebHashHistory(),
  routes,
})
