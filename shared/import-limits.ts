/**
 * The largest .docx dropped on the window: its bytes cross to main as base64 in one request, which
 * stays under the request limit (a draft's size, 20 MB of characters). A larger file is chosen with
 * 从 Word 文档导入, which reads it from disk. Kept apart from the report's schemas so that the home
 * screen, which takes drops, does not load zod in its first chunk.
 */
export const MAX_DROPPED_DOCX_BYTES = 15 * 1024 ** 2;
export const MAX_DROPPED_DOCX_CHARS = Math.ceil(MAX_DROPPED_DOCX_BYTES / 3) * 4;
