#!/usr/bin/env node
import { EXIT, type CliIO } from './io';
import { main } from './main';

const io: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(String(error));
    process.exitCode = EXIT.invalidInput;
  },
);
