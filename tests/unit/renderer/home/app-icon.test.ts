import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppIcon } from '../../../../renderer/src/home/AppIcon';

/** Each drawn element with its attributes, in order; ids and the root's own attributes left out. */
function shapes(svg: string): string[] {
  return [...svg.matchAll(/<(\w+)([^>]*?)\/?>/g)]
    .filter(([, name]) => name !== 'svg')
    .map(([, name, attributes]) => {
      const pairs = [...attributes!.matchAll(/([\w:-]+)="([^"]*)"/g)]
        .filter(([, key]) => key !== 'id')
        .map(([, key, value]) => `${key}=${value!.replace(/url\(#[^)]*\)/, 'url(#)')}`)
        .sort();
      return [name, ...pairs].join(' ');
    });
}

describe('AppIcon', () => {
  it('draws what resources/icon.svg, the source of the packaged icons, draws', () => {
    const source = readFileSync(join(__dirname, '../../../../resources/icon.svg'), 'utf8');
    const inline = shapes(renderToStaticMarkup(createElement(AppIcon, { size: 56 })));
    expect(inline).toHaveLength(13);
    expect(inline).toEqual(shapes(source));
  });
});
