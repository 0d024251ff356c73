// The floor for start-up: the smallest Vite + Vue page, served by the same server.
import { createApp, h } from 'vue'

createApp({ render: () => h('h1', { id: 'ready' }, 'Ready') }).mount('#app')
