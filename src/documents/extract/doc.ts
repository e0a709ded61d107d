/**
 * Legacy Word (.doc, an OLE2/CFB compound file) text extraction with `word-extractor`.
 *
 * Locations: the body is one segment per line (`{kind: "line", line}`, lines counted from 1 over
 * the whole body text, empty lines included). The other stories word-extractor separates — headers,
 * footers, footnotes, endnotes, comments (annotations) and text boxes — are one segment per line of
 * that story with a `{kind: "paragraph", part, paragraph}` location, `paragraph` being the 1-based
 * line within the story (word-extractor ends each Word paragraph with a line break, so lines and
 * paragraphs coincide except for manual line breaks).
 *
 * Why a worker thread: word-extractor trusts the file's sector chains and directory tree. A sector
 * chain with a cycle makes it loop forever while growing an array (the process would die of
 * memory), and its field-code cleanup is quadratic on deeply nested fields. So it runs in a
 * short-lived worker with a heap cap, terminated at the deadline: a hostile file costs its time
 * budget and ends as `timeout` or `corrupt`, never takes the process down. (The worker code is plain
 * CommonJS evaluated from a string, so it runs the same from the TypeScript sources and the build;
 * word-extractor has no type declarations and is only ever loaded there, so none are needed.)
 *
 * Encryption: a password-protected DOCX/XLSX is a CFB with EncryptionInfo/EncryptedPackage streams;
 * a password-protected .doc has the fEncrypted bit in its FIB. Both → `encrypted`. A CFB that is not
 * a Word document (no WordDocument stream, bad FIB magic) or does not parse → `corrupt`.
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Worker } from "node:worker_threads";
import { DocumentError, type Extraction, type Extractor, type ExtractLimits, type Location, type Segment } from "../types.js";

type Part = Extract<Location, { kind: "paragraph" }>["part"];
type StoryName = "body" | "header" | "footer" | "footnote" | "endnote" | "comment" | "textbox";

type WorkerResult =
  | { ok: true; stories: Record<StoryName, string> }
  | { ok: false; code: "encrypted" | "corrupt" | "unreadable"; message: string };

/** Heap cap for the worker: far above what a 95 MB .doc within the text limit needs. */
const WORKER_HEAP_MB = 512;

const WORKER_SOURCE = String.raw`
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const path = require("node:path");
const lib = (file) => require(path.join(workerData.dir, "lib", file));
const messageOf = (e) => (e && e.message) ? String(e.message) : String(e);
const fail = (code, message) => ({ ok: false, code, message });

function streamHead(stream, bytes) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let length = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      stream.destroy();
      resolve(Buffer.concat(chunks));
    };
    stream.on("data", (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= bytes) finish();
    });
    stream.on("end", finish);
    stream.on("error", (e) => { if (!done) { done = true; reject(e); } });
  });
}

async function main() {
  let buffer;
  try {
    buffer = fs.readFileSync(workerData.file);
  } catch (e) {
    return fail("unreadable", "the file could not be read: " + messageOf(e));
  }
  const OleCompoundDoc = lib("ole-compound-doc.js");
  const BufferReader = lib("buffer-reader.js");
  const ole = new OleCompoundDoc(new BufferReader(buffer));
  try {
    await ole.read();
  } catch (e) {
    return fail("corrupt", "not a valid OLE compound file: " + messageOf(e));
  }
  const root = ole._directoryTree && ole._directoryTree.root;
  const streams = (root && root.streams) || {};
  const has = (name) => Object.prototype.hasOwnProperty.call(streams, name);
  if (has("EncryptedPackage") || has("EncryptionInfo")) {
    return fail("encrypted", "the document is password-protected");
  }
  if (!has("WordDocument")) return fail("corrupt", "the compound file is not a Word document (it has no WordDocument stream)");
  const fib = await streamHead(ole.stream("WordDocument"), 32);
  if (fib.length < 32 || fib.readUInt16LE(0) !== 0xa5ec) return fail("corrupt", "the Word document's header (FIB) is invalid");
  if ((fib.readUInt16LE(0x0a) & 0x0100) !== 0) return fail("encrypted", "the document is password-protected");
  const WordExtractor = lib("word.js");
  const doc = await new WordExtractor().extract(buffer);
  return {
    ok: true,
    stories: {
      body: doc.getBody(),
      header: doc.getHeaders({ includeFooters: false }),
      footer: doc.getFooters(),
      footnote: doc.getFootnotes(),
      endnote: doc.getEndnotes(),
      comment: doc.getAnnotations(),
      textbox: doc.getTextboxes(),
    },
  };
}

main().then(
  (result) => parentPort.postMessage(result),
  (e) => parentPort.postMessage(fail("corrupt", "the Word document could not be read: " + messageOf(e))),
);
`;

let wordExtractorDir: string | undefined;
function libraryDir(): string {
  wordExtractorDir ??= dirname(createRequire(import.meta.url).resolve("word-extractor/package.json"));
  return wordExtractorDir;
}

function runWorker(path: string, limits: ExtractLimits): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const remaining = limits.deadline - Date.now();
    if (remaining <= 0) {
      reject(new DocumentError("timeout", "the file took longer to read than its time budget allows"));
      return;
    }
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { dir: libraryDir(), file: path },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(
      () => settle(() => reject(new DocumentError("timeout", "the file took longer to read than its time budget allows"))),
      remaining,
    );
    worker.once("message", (result: WorkerResult) => settle(() => resolve(result)));
    worker.once("error", (err: Error) => {
      const oom = (err as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
      settle(() =>
        reject(new DocumentError("corrupt", oom ? "the Word document could not be read within the memory limit" : `the Word document could not be read: ${err.message}`)),
      );
    });
    worker.once("exit", () => settle(() => reject(new DocumentError("corrupt", "the Word reader stopped without an answer"))));
  });
}

const STORY_PARTS: [Exclude<StoryName, "body">, Part][] = [
  ["header", "header"],
  ["footer", "footer"],
  ["footnote", "footnote"],
  ["endnote", "endnote"],
  ["comment", "comment"],
  ["textbox", "textbox"],
];

export const extractDoc: Extractor = async (file, limits) => {
  const result = await runWorker(file.path, limits);
  if (!result.ok) throw new DocumentError(result.code, result.message);
  const segments: Segment[] = [];
  let chars = 0;
  const add = (text: string, location: Location) => {
    if (text.trim().length === 0) return;
    chars += text.length;
    if (chars > limits.maxTextChars) throw new DocumentError("too_much_text", `the document has more than ${limits.maxTextChars} characters of text`);
    segments.push({ text, location });
  };
  splitLines(result.stories.body).forEach((text, i) => add(text, { kind: "line", line: i + 1 }));
  for (const [story, part] of STORY_PARTS) {
    splitLines(result.stories[story]).forEach((text, i) => add(text, { kind: "paragraph", part, paragraph: i + 1 }));
  }
  return { type: "doc", segments } satisfies Extraction;
};

function splitLines(text: string): string[] {
  return text.length === 0 ? [] : text.split(/\r\n|\r|\n/);
}
