import { reactive } from 'vue'

/** Which app-wide overlays are open: the command palette and the shortcuts help. */
export const overlays = reactive({ palette: false, shortcuts: false })
