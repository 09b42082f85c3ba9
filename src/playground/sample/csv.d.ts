// CSV files are bundled as their text (webpack asset/source, see webpack.playground.config.mjs).
declare module '*.csv' {
  const text: string;
  export default text;
}
