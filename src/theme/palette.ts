// Temporary: replaced by the generated palette.
export const FAMILY_COLORS = {
  light: ['#4b5563','#1d4ed8','#7e22ce','#0f766e','#a16207','#be185d','#15803d','#c2410c','#0369a1','#6d28d9','#9f1239','#166534','#854d0e'],
  dark: ['#b8c0cc','#7ea6ff','#c79bff','#4fd1c0','#f2c14e','#ff8cc0','#6fdc8c','#ffa45c','#62c7ff','#a78bfa','#fda4af','#86efac','#fde68a'],
} as const
