// Stylesheets imported as text: esbuild bundles them with --loader:.css=text.
declare module '*.css' {
  const text: string;
  export default text;
}
