/**
 * File storage behind a small interface: content-addressed (sha-256), so the same scan uploaded twice is
 * stored once and a stored file can be verified. The local-disk store is the default; an S3-compatible
 * store implements the same three methods.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface FileStore {
  /** Stores the bytes (idempotent) and returns their hash. */
  put(bytes: Buffer): Promise<{ hash: string; size: number }>;
  /** The bytes of a stored hash, or null. */
  get(hash: string): Promise<Buffer | null>;
  has(hash: string): Promise<boolean>;
  /** Deletes the bytes of a hash (nothing when absent). */
  remove(hash: string): Promise<void>;
}

const HASH = /^[0-9a-f]{64}$/;

/** Files under `root/ab/cd/<hash>`; writes go to a temporary name first and are renamed into place. */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(hash: string): string {
    if (!HASH.test(hash)) throw new Error('invalid file hash');
    return path.join(this.root, hash.slice(0, 2), hash.slice(2, 4), hash);
  }

  async put(bytes: Buffer): Promise<{ hash: string; size: number }> {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(hash);
    if (!(await this.has(hash))) {
      await fs.mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, target);
    }
    return { hash, size: bytes.length };
  }

  async get(hash: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathOf(hash));
    } catch {
      return null;
    }
  }

  async remove(hash: string): Promise<void> {
    await fs.rm(this.pathOf(hash), { force: true });
  }

  async has(hash: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(hash));
      return true;
    } catch {
      return false;
    }
  }
}
