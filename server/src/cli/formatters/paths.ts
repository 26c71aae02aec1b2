// File locations for machine formats: paths relative to the working directory with forward slashes.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A diagnostic's file (a path as given on the command line, or a file: URI) as a local path. */
export function localPath(file: string): string {
  return file.startsWith('file:') ? fileURLToPath(file) : file;
}

/** `file` relative to `cwd` with forward slashes; undefined when it has no relative form (another drive). */
export function relativePath(file: string, cwd: string): string | undefined {
  const rel = relative(cwd, resolve(cwd, localPath(file)));
  if (rel === '' || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** For annotations that name a file: relative when possible, else the absolute path with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  return relativePath(file, cwd) ?? resolve(cwd, localPath(file)).split(sep).join('/');
}
