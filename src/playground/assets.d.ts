// Network files bundled into the page as text (esbuild's text loader).
declare module '*.yaml' {
  const text: string;
  export default text;
}
