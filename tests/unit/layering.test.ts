import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

/** The rule ids ESLint reports for `code` placed at `filePath` in this project. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((m) => m.ruleId ?? m.message)
}

describe('the layering rules', () => {
  it.each([
    [
      'a component importing a route',
      'src/components/Fake.tsx',
      "import { explorerRoute } from '../routes/routeTree'\nexport const x = explorerRoute\n",
    ],
    [
      'a component importing the router',
      'src/components/Fake.tsx',
      "import { Link } from '@tanstack/react-router'\nexport const x = Link\n",
    ],
    [
      'a component importing Zod',
      'src/components/Fake.tsx',
      "import { z } from 'zod'\nexport const x = z\n",
    ],
    [
      'a panel importing Cytoscape',
      'src/components/panels/Fake.tsx',
      "import cytoscape from 'cytoscape'\nexport const x = cytoscape\n",
    ],
    [
      'the graph importing a route',
      'src/components/graph/Fake.tsx',
      "import { explorerRoute } from '../../routes/routeTree'\nexport const x = explorerRoute\n",
    ],
    [
      'the dataset’s room importing the URL codec',
      'src/domain/data/fake.ts',
      "import { PARAMS } from '../url/viewState'\nexport const x = PARAMS\n",
    ],
    [
      'the dataset’s room importing React',
      'src/domain/data/fake.ts',
      "import { useState } from 'react'\nexport const x = useState\n",
    ],
    [
      'the map’s drawing importing the explorer',
      'src/domain/layout/fake.ts',
      "import { matchingTechniques } from '../explore/filters'\nexport const x = matchingTechniques\n",
    ],
    [
      'the domain importing React',
      'src/domain/fake.ts',
      "import { useState } from 'react'\nexport const x = useState\n",
    ],
    [
      'a route importing Cytoscape',
      'src/routes/Fake.tsx',
      "import cytoscape from 'cytoscape'\nexport const x = cytoscape\n",
    ],
  ])('rejects %s', async (_what, filePath, code) => {
    expect(await violations(filePath, code)).toContain('no-restricted-imports')
  })

  it.each([
    ['innerHTML', 'document.body.innerHTML = location.search\n'],
    ['outerHTML', 'document.body.outerHTML = location.search\n'],
    ['insertAdjacentHTML', "document.body.insertAdjacentHTML('beforeend', location.search)\n"],
  ])('rejects writing HTML through %s', async (_sink, code) => {
    expect(await violations('src/components/Fake.tsx', code)).toContain('no-restricted-syntax')
  })

  it('accepts what the layers allow', async () => {
    expect(
      await violations(
        'src/components/graph/Fake.tsx',
        "import cytoscape from 'cytoscape'\nimport type { Technique } from '../../domain/data/schema'\nexport const x: Technique | null = null\nexport const y = cytoscape\n",
      ),
    ).toEqual([])
    // The map's drawing reads the dataset's room.
    expect(
      await violations(
        'src/domain/layout/fake.ts',
        "import { edgeId } from '../data/atlas'\nexport const x = edgeId\n",
      ),
    ).toEqual([])
  })
})
