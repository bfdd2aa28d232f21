import { defineConfig } from 'vite'
import { atlasData } from '../../../src/build/atlasPlugin.ts'

export default defineConfig({
  root: import.meta.dirname,
  base: process.env.ATLAS_BASE ?? '/',
  plugins: [
    atlasData({
      dir: process.env.ATLAS_DATA_DIR,
      requireSeedEntities: !process.env.ATLAS_DATA_DIR,
    }),
  ],
  build: { outDir: process.env.ATLAS_OUT_DIR, emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
})
