// What the first screen needs from main, asked for as soon as the page is parsed: a plain
// script, so it runs while the app's modules are still being fetched and compiled, where a
// module of the app could only ask once all of them were. `src/start-data.ts` takes the answers
// (and asks itself where this script did not run). docs/PERFORMANCE.md, "Cold load".
globalThis.__deskStartCalls = {
  settings: globalThis.desk.invoke('settings:get', {}),
  campaigns: globalThis.desk.invoke('campaigns:list', {}),
  info: globalThis.desk.invoke('app:info', {}),
};
