// The test files that start at once under `npm test`, while the build runs beside them (test/helpers/awaitBuild.ts):
// they run the CLI in-process and pdflatex, and read nothing from dist/ (test/structure/buildFreeFiles.test.ts checks).
export const NEEDS_NO_BUILD = [
  'test/output/everyFixtureCompiles.test.ts',
  'test/output/compileGoldens.test.ts',
  'test/output/renderedPages.test.ts',
];
