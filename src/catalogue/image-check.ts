/**
 * Every image the build will publish is opened by the check first (sharp's
 * metadata: the format read from the bytes, the dimensions), so that the
 * build never meets a file it cannot process: a text renamed photo.jpg, a
 * PNG named .jpg, a 20000 × 20000 picture of 48 kB that would take
 * gigabytes to decode. Limits in docs/security-files.md.
 */
import sharp, { type Metadata } from 'sharp';
import { IMAGE_EXTENSIONS } from './body/components.ts';
import type { ContentIssue } from './issues.ts';
import { say } from './messages/index.ts';
import { readFileInside, type FileProblem } from './safe-file.ts';

/**
 * Most pixels an image may have (all frames of an animation together):
 * a 48-megapixel phone photo passes; decoded, it takes about 200 MB.
 * The build gives sharp the same limit.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** The formats the site publishes, as sharp names what it read, with the extensions each may carry. */
const PUBLISHED: Record<string, { name: string; extensions: readonly string[] }> = {
  jpeg: { name: 'JPEG', extensions: ['.jpg', '.jpeg'] },
  png: { name: 'PNG', extensions: ['.png'] },
  webp: { name: 'WebP', extensions: ['.webp'] },
  avif: { name: 'AVIF', extensions: ['.avif'] },
  gif: { name: 'GIF', extensions: ['.gif'] },
};

const FORMATS = 'JPEG, PNG, WebP, AVIF, GIF';

export interface ImageFile {
  /** Path on disk. */
  path: string;
  /** The path as messages show it. */
  file: string;
}

/** Why the build could not publish this image, or undefined when it can. */
export async function imageProblem(image: ImageFile, root: string): Promise<FileProblem | undefined> {
  const read = readFileInside(image.path, root, image.file, 'image');
  // The report heads each problem with the whole path: the message names the file.
  const file = image.file.split('/').pop()!;
  if (!read.ok)
    return read.missing
      ? { line: 1, message: say.fileLinkDangling({ file }), suggestion: say.fileLinkFix() }
      : read.problem;
  let metadata: Metadata;
  try {
    // From the bytes already read: nothing is opened again, and no link is followed.
    metadata = await sharp(read.value, { limitInputPixels: false }).metadata();
  } catch (error) {
    const notImage = /unsupported image format|bad seek|empty/i.test(String((error as Error).message));
    return notImage
      ? { line: 1, message: say.imageNotImage({ file }), suggestion: say.imageNotImageFix({ formats: FORMATS }) }
      : { line: 1, message: say.imageUnreadable({ file }), suggestion: say.imageNotImageFix({ formats: FORMATS }) };
  }
  // AVIF and HEIC are both HEIF to sharp: AVIF is the one compressed with AV1.
  const format = metadata.format === 'heif' ? (metadata.compression === 'av1' ? 'avif' : 'heic') : metadata.format;
  const published = PUBLISHED[format];
  if (!published) {
    return {
      line: 1,
      message: say.imageFormatNotPublished({ file, format: format.toUpperCase() }),
      suggestion: say.imageNotImageFix({ formats: FORMATS }),
    };
  }
  const extension = IMAGE_EXTENSIONS.find((ext) => image.file.toLowerCase().endsWith(ext)) ?? '';
  if (!published.extensions.includes(extension)) {
    const renamed = `${file.slice(0, file.length - extension.length)}${published.extensions[0]}`;
    return {
      line: 1,
      message: say.imageWrongExtension({ file, format: published.name }),
      suggestion: say.imageWrongExtensionFix({ name: renamed }),
    };
  }
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  const frames = metadata.pages ?? 1;
  if (width === 0 || height === 0) {
    return { line: 1, message: say.imageUnreadable({ file }), suggestion: say.imageNotImageFix({ formats: FORMATS }) };
  }
  if (width * height * frames > MAX_IMAGE_PIXELS) {
    return {
      line: 1,
      message: say.imageTooManyPixels({
        file,
        width,
        height: height * frames,
        megapixels: MAX_IMAGE_PIXELS / 1_000_000,
      }),
      suggestion: say.imageTooLargeFix(),
    };
  }
  return undefined;
}

/** The problems of a list of images, in the list's order, a few opened at a time. */
export async function checkImages(images: readonly ImageFile[], root: string): Promise<ContentIssue[]> {
  const problems: (FileProblem | undefined)[] = new Array(images.length);
  let next = 0;
  const worker = async () => {
    while (next < images.length) {
      const index = next++;
      problems[index] = await imageProblem(images[index]!, root);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, images.length) }, worker));
  const issues: ContentIssue[] = [];
  problems.forEach((problem, index) => {
    if (problem) issues.push({ file: images[index]!.file, ...problem });
  });
  return issues;
}
