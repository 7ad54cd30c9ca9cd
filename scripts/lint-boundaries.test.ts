/**
 * The import direction is held by the linter (eslint.config.js, import-x/no-restricted-paths): a planted
 * violation of each boundary must fail lint, and the legal direction must pass.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { REPO_ROOT } from './lib/shared-path';

const eslint = new ESLint({ cwd: REPO_ROOT });

/** The boundary errors lint reports for `code` written at `file` (a path that need not exist). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${file}` });
  return result.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint holds the import boundaries', () => {
  it('a feature importing another feature fails, by relative path and by alias', async () => {
    expect(await boundaryErrors('src/features/rankings/planted.ts', "import Profile from '../profile';\nexport default Profile;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/features/rankings/planted.ts', "import Profile from '@/features/profile';\nexport default Profile;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/features/rankings/deep/planted.ts', "import { profileStrings } from '../../profile/strings';\nexport default profileStrings;\n")).toHaveLength(1);
  });

  it('a feature importing its own files, ui, state, data and domain passes', async () => {
    const code = "import Rankings from '../rankings';\nimport { useView } from '@/state/view';\nimport { useLang } from '@/ui/i18n';\nimport { defaultCatalogue } from '@/domain/catalogue/catalogue';\nexport default [Rankings, useView, useLang, defaultCatalogue];\n";
    expect(await boundaryErrors('src/features/rankings/planted.ts', code)).toEqual([]);
  });

  it('domain/ importing React, a store, data or ui fails', async () => {
    for (const from of ["'react'", "'zustand'", "'@/state/view'", "'../../data/scores'", "'@/ui/i18n'", "'@/features/profile'"]) {
      expect(await boundaryErrors('src/domain/analysis/planted.ts', `import * as x from ${from};\nexport default x;\n`), from).toHaveLength(1);
    }
  });

  it('data/ reading the view state fails; ui/, data/ and state/ importing a feature fail', async () => {
    expect(await boundaryErrors('src/data/planted.ts', "import { useView } from '@/state/view';\nexport default useView;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/ui/planted.ts', "import Profile from '@/features/profile';\nexport default Profile;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/state/planted.ts', "import Profile from '../features/profile';\nexport default Profile;\n")).toHaveLength(1);
  });
});
