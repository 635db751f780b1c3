import { describe, expect, it } from 'vitest';
import {
  exportFile,
  productFileName,
  type ExportDestination,
  type ExportFile,
  type ExportProduct,
} from '../../../../../electron/services/export/pipeline';
import type { ExportIdentity } from '../../../../../electron/services/export/render';
import { DeskError } from '../../../../../shared/errors';
import { loadFixture } from './docx-files';

const { draft } = await loadFixture('case-full');
const identity: ExportIdentity = {
  preflight: { issues: [], provisional: false },
  number: 3,
  hash: '0123abcd',
};

/** A destination that tells what the pipeline did, in order. */
function recording(cancel = false) {
  const steps: string[] = [];
  const destination: ExportDestination = {
    target: async (product: ExportProduct, defaultName: string) => {
      steps.push(`target ${product} ${defaultName}`);
      if (cancel) throw new DeskError('cancelled');
      return `/out/${defaultName}`;
    },
    record: async (_draft, made, target, write) => {
      steps.push(`record ${made.number} ${target}`);
      return write();
    },
  };
  return { steps, destination };
}

const file = (steps: string[]): ExportFile<string> => ({
  product: 'pdf',
  identity,
  make: async () => {
    steps.push('make');
    return async (target) => {
      steps.push(`write ${target}`);
      return 'written';
    };
  },
});

describe('the export pipeline', () => {
  it('asks the destination first, then makes the file, and writes it inside the record step', async () => {
    const { steps, destination } = recording();
    const name = productFileName(draft, 'pdf');
    const exported = await exportFile(destination, draft, file(steps));
    expect(steps).toEqual([`target pdf ${name}`, 'make', `record 3 /out/${name}`, `write /out/${name}`]);
    expect(exported).toEqual({
      number: 3,
      hash: '0123abcd',
      file: `/out/${name}`,
      files: [`/out/${name}`],
      written: 'written',
    });
  });

  it('makes and writes nothing when the destination is cancelled', async () => {
    const { steps, destination } = recording(true);
    await expect(exportFile(destination, draft, file(steps))).rejects.toMatchObject({ code: 'cancelled' });
    expect(steps).toHaveLength(1);
  });

  it('names each product after the draft: the cover sheet with its suffix', () => {
    expect(productFileName(draft, 'docx')).toMatch(/-计量创新案例\.docx$/);
    expect(productFileName(draft, 'package')).toMatch(/-计量创新案例\.zip$/);
    expect(productFileName(draft, 'coverSheet')).toMatch(/-计量创新案例-寄送封面\.docx$/);
  });
});
