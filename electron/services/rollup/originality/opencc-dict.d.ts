/** opencc-js's dictionaries: each module's default export is `from to|from to|…`, one pair a bar. */
declare module 'opencc-js/dict/*' {
  const pairs: string;
  export default pairs;
}
