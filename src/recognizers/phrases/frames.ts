import { PhraseSet, wordId, type Sentence, type Token } from "./tokens.js";

/*
 * A tiny pattern language over word tokens, so the grammar of a request or a proposal can be
 * written as data ("@ask ~3 @poss ~2 @noun") and compiled per language:
 *
 *   @name     a word class of the language (a PhraseSet) or a special matcher (contact nouns)
 *   @name?    the same, optional
 *   a|b|c_d   literal alternatives; `_` joins the words of one alternative ("take_this")
 *   ~N        0..N words, none of them a barrier word (prepositions: "by", "via", "to"…)
 *   *N        0..N words of any kind
 *   !@name    the next word does not start a phrase of the class (also `!a|b`)
 *   ^         start of the sentence;  $  end of the sentence;  $?  end of a question
 *
 * Every gap is bounded and frames run inside one sentence, so a frame costs a constant number of
 * steps per start word (and a hard step budget caps it anyway): matching is linear in the text.
 */

export interface SpecialMatch {
  /** Exclusive token index where the match ends. */
  end: number;
  /** What was matched (a contact category, a platform id, a kind). */
  value: string;
}

/** A matcher written in code but driven by tables (contact nouns with their qualifiers). */
export interface Special {
  /** `prevEnd` is where the previous element ended: the words between are the modifiers. */
  match(tokens: readonly Token[], i: number, prevEnd: number): readonly SpecialMatch[];
  firstTokens(): Iterable<string>;
  /** The most words a match can span (FrameIndex skips frames by it); none: unbounded. */
  maxWords?(): number;
}

export interface Vocabulary {
  classes: Readonly<Record<string, PhraseSet>>;
  specials: Readonly<Record<string, Special>>;
  /** Words a `~N` gap may not contain. */
  barriers: PhraseSet;
}

type Element =
  | { k: "set"; name: string; set: PhraseSet; opt: boolean }
  | { k: "special"; name: string; special: Special; opt: boolean }
  | { k: "gap"; max: number; free: boolean }
  | { k: "not"; set: PhraseSet | Special }
  | { k: "start" }
  | { k: "end"; question: boolean };

export interface CompiledFrame<T> {
  readonly source: string;
  readonly meta: T;
  readonly elements: readonly Element[];
  /** The language's barrier words, for `~N` gaps. */
  readonly barriers: PhraseSet;
}

/** One element of a match that consumed words (gaps are not reported). */
export interface Part {
  name: string;
  start: number;
  end: number;
  value?: string;
}

export interface FrameMatch<T> {
  frame: CompiledFrame<T>;
  start: number;
  end: number;
  parts: Part[];
}

const GAP = /^([~*])(\d)$/;

/** Compiles a frame against a language's vocabulary; null when a required class is empty or missing. */
export function compileFrame<T>(source: string, meta: T, vocab: Vocabulary): CompiledFrame<T> | null {
  const elements: Element[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === "^") elements.push({ k: "start" });
    else if (raw === "$" || raw === "$?") elements.push({ k: "end", question: raw === "$?" });
    else if (GAP.test(raw)) {
      const [, kind, n] = GAP.exec(raw)!;
      elements.push({ k: "gap", max: Number(n), free: kind === "*" });
    } else if (raw.startsWith("!")) {
      const body = raw.slice(1);
      if (body.startsWith("@")) {
        const name = body.slice(1);
        const set = vocab.specials[name] ?? vocab.classes[name];
        if (set && !(set instanceof PhraseSet && set.size === 0)) elements.push({ k: "not", set });
      } else elements.push({ k: "not", set: literal(body) });
    } else {
      const opt = raw.endsWith("?") && raw.length > 1;
      const body = opt ? raw.slice(0, -1) : raw;
      if (body.startsWith("@")) {
        const name = body.slice(1);
        const special = vocab.specials[name];
        if (special) {
          elements.push({ k: "special", name, special, opt });
          continue;
        }
        const set = vocab.classes[name];
        if (!set || set.size === 0) {
          if (opt) continue;
          return null;
        }
        elements.push({ k: "set", name, set, opt });
      } else elements.push({ k: "set", name: "lit", set: literal(body), opt });
    }
  }
  const first = elements[0];
  if (!first || first.k === "gap" || first.k === "not" || first.k === "end" || ("opt" in first && first.opt)) {
    throw new Error(`frame must start with a required word or ^: ${source}`);
  }
  return { source, meta, elements, barriers: vocab.barriers };
}

function literal(body: string): PhraseSet {
  return new PhraseSet(body.split("|").map((a) => a.replace(/_/g, " ")));
}

/** At most this many matcher steps per frame and start word; the widest frames need about 200. */
const STEP_BUDGET = 1000;

/** A reach no sentence attains: an element after a special that does not bound its length. */
const FAR = 1 << 29;

/** How many words an element can consume at most (FAR when unbounded as far as this knows). */
function widthOf(el: Element): number {
  switch (el.k) {
    case "set":
      return el.set.longestPhrase;
    case "special":
      return el.special.maxWords?.() ?? FAR;
    case "gap":
      return el.max;
    default:
      return 0;
  }
}

/**
 * Frames indexed by the first word they can start with. Each frame also records the word classes
 * it cannot match without (its required elements after the first), and how far after the frame's
 * start each of them can begin at most (the widest the elements before it can be: every gap and
 * phrase is bounded). A frame is run from word i only if each of its required classes has a first
 * word within that reach after i: a long job post holds "your" and "email" somewhere, but rarely three
 * words apart, so most frames are skipped after a few table look-ups instead of being run.
 */
export class FrameIndex<T> {
  /*
   * The tables below are read once per word of every sentence, by vocabulary number. They are dense
   * typed arrays: a JS array filled at scattered numbers falls back to a hash table, and a look-up
   * there cost more than the rest of the word's work.
   */
  /** Per vocabulary number, 1 + the number of its list in `lists` (0: the word starts no frame). */
  private readonly listOf: Int32Array;
  /** Frames (with their required classes) by first word, in frame order. */
  private readonly lists: Indexed<T>[][] = [];
  private readonly atStart: Indexed<T>[] = [];
  /** The required classes a word can start: classIds[classFrom[n] .. classFrom[n + 1]) for vocabulary number n. */
  private readonly classFrom: Int32Array;
  private readonly classIds: Int32Array;
  private classCount = 0;

  constructor(frames: Iterable<CompiledFrame<T>>) {
    const idOf = new Map<PhraseSet | Special, number>();
    const firstWordCount: number[] = [];
    const classesOf = new Map<number, number[]>();
    const byFirst = new Map<number, Indexed<T>[]>();
    for (const f of frames) {
      const first = f.elements[0]!;
      /** Required class → the farthest its element can start from the frame's start. */
      const reachOf = new Map<number, number>();
      let before = 0;
      f.elements.forEach((el, e) => {
        const at = before;
        before = Math.min(FAR, before + widthOf(el));
        if (e === 0 && first.k !== "start") return;
        if ((el.k !== "set" && el.k !== "special") || el.opt) return;
        const cls = el.k === "set" ? el.set : el.special;
        let id = idOf.get(cls);
        if (id === undefined) {
          id = this.classCount++;
          idOf.set(cls, id);
          let count = 0;
          for (const w of el.k === "set" ? el.set.firstTokens() : el.special.firstTokens()) {
            const n = wordId(w);
            const classes = classesOf.get(n);
            if (classes) classes.push(id);
            else classesOf.set(n, [id]);
            count++;
          }
          firstWordCount[id] = count;
        }
        // A class required twice must be within the farther reach: the weaker test still holds.
        reachOf.set(id, Math.max(reachOf.get(id) ?? 0, at));
      });
      // A frame is skipped at its first class out of reach: classes with fewer first words are absent
      // more often, so they are checked first (the order changes nothing but how soon a frame is skipped).
      const needs = [...reachOf.keys()].sort((a, b) => firstWordCount[a]! - firstWordCount[b]! || a - b);
      const entry: Indexed<T> = { frame: f, needs: Int32Array.from(needs), reach: Int32Array.from(needs, (c) => reachOf.get(c)!), ...endOf(f.elements) };
      if (first.k === "start") {
        this.atStart.push(entry);
        continue;
      }
      const keys = first.k === "set" ? first.set.firstTokens() : first.k === "special" ? first.special.firstTokens() : [];
      for (const key of keys) {
        const n = wordId(key);
        const list = byFirst.get(n) ?? [];
        byFirst.set(n, list);
        if (!list.some((e) => e.frame === f)) list.push(entry);
      }
    }
    const words = Math.max(-1, ...byFirst.keys(), ...classesOf.keys()) + 1;
    this.listOf = new Int32Array(words);
    for (const [n, list] of byFirst) {
      this.lists.push(list);
      this.listOf[n] = this.lists.length;
    }
    this.classFrom = new Int32Array(words + 1);
    const ids: number[] = [];
    for (let n = 0; n < words; n++) {
      this.classFrom[n] = ids.length;
      for (const c of classesOf.get(n) ?? []) ids.push(c);
    }
    this.classFrom[words] = ids.length;
    this.classIds = Int32Array.from(ids);
    // The same entries as numbers (see `tests`).
    const tests: number[] = [];
    const entryAt = new Map<Indexed<T>, number>();
    const testOf = (entry: Indexed<T>): number => {
      let at = entryAt.get(entry);
      if (at === undefined) {
        at = tests.length;
        entryAt.set(entry, at);
        this.frameAt[at] = entry.frame;
        tests.push(Math.min(FAR, entry.endReach), entry.endQuestion ? 1 : 0, entry.needs.length);
        for (let k = 0; k < entry.needs.length; k++) tests.push(entry.needs[k]!, entry.reach[k]!);
      }
      return at;
    };
    const listed: number[] = [];
    this.listFrom = new Int32Array(this.lists.length + 1);
    this.lists.forEach((list, n) => {
      this.listFrom[n] = listed.length;
      for (const entry of list) listed.push(testOf(entry));
    });
    this.listFrom[this.lists.length] = listed.length;
    this.listed = Int32Array.from(listed);
    this.startTests = Int32Array.from(this.atStart, testOf);
    this.tests = Int32Array.from(tests);
    // Frames from the sentence start, by the word that can open their nearest required class.
    const nearest = new Map<number, Array<[number, number]>>();
    const always: number[] = [];
    this.atStart.forEach((entry, j) => {
      if (entry.needs.length === 0) {
        always.push(j);
        return;
      }
      let k = 0;
      for (let q = 1; q < entry.needs.length; q++) if (entry.reach[q]! < entry.reach[k]!) k = q;
      const list = nearest.get(entry.needs[k]!) ?? [];
      nearest.set(entry.needs[k]!, list);
      list.push([j, entry.reach[k]!]);
      this.startReach = Math.max(this.startReach, entry.reach[k]!);
    });
    const opens: number[] = [];
    this.opensFrom = new Int32Array(words + 1);
    for (let n = 0; n < words; n++) {
      this.opensFrom[n] = opens.length;
      for (let k = this.classFrom[n]!; k < this.classFrom[n + 1]!; k++) for (const [j, reach] of nearest.get(this.classIds[k]!) ?? []) opens.push(j, reach);
    }
    this.opensFrom[words] = opens.length;
    this.opens = Int32Array.from(opens);
    this.alwaysStart = Int32Array.from(always);
    this.startSeen = new Int32Array(this.atStart.length);
    this.startFound = new Int32Array(this.atStart.length);
  }

  /*
   * Frames from the sentence start, found by word: a frame there needs its nearest required class
   * (the one of least reach) to open within that reach of the start, so only the first `startReach`
   * words of a sentence can make it worth testing. `opens[opensFrom[n] .. opensFrom[n + 1])` are (frame
   * from the start, reach) pairs whose nearest class word n opens; `alwaysStart` those that need no
   * class. `startSeen` marks the frames already found for the current sentence (`startStamp`).
   */
  private startReach = -1;
  private readonly opensFrom: Int32Array;
  private readonly opens: Int32Array;
  private readonly alwaysStart: Int32Array;
  private readonly startSeen: Int32Array;
  private readonly startFound: Int32Array;
  private startStamp = 0;

  /** The frames from the start worth testing in the sentence (numbers into startTests, ascending), in startFound; returns how many. */
  private startCandidates(cut: Int32Array, from: number, length: number): number {
    const { opensFrom, opens, startSeen, startFound } = this;
    const stamp = ++this.startStamp;
    if (stamp === 0x3fffffff) {
      startSeen.fill(0);
      this.startStamp = 1;
      return this.startCandidates(cut, from, length);
    }
    let found = 0;
    for (let k = 0; k < this.alwaysStart.length; k++) {
      startSeen[this.alwaysStart[k]!] = stamp;
      startFound[found++] = this.alwaysStart[k]!;
    }
    const words = opensFrom.length - 1;
    for (let p = 0, last = Math.min(length - 1, this.startReach); p <= last; p++) {
      const id = cut[3 * (from + p)]!;
      if (id < 0 || id >= words) continue;
      for (let k = opensFrom[id]!, to = opensFrom[id + 1]!; k < to; k += 2) {
        const j = opens[k]!;
        if (p > opens[k + 1]! || startSeen[j] === stamp) continue;
        startSeen[j] = stamp;
        // Kept ascending (insertion): there are few.
        let q = found++;
        while (q > 0 && startFound[q - 1]! > j) {
          startFound[q] = startFound[q - 1]!;
          q--;
        }
        startFound[q] = j;
      }
    }
    return found;
  }

  /*
   * The reach tests of every entry as numbers, so the per-word loop below reads typed arrays only (an
   * object and two arrays per entry tested cost most of matchSentence): at `tests[t]`, the entry's
   * endReach, 1 if it ends a question, its number of required classes, then (class, reach) pairs.
   * `listed[listFrom[n] .. listFrom[n + 1])` are the tests of list n, in frame order; `startTests` those of
   * the frames that start at the sentence start; `frameAt[t]` the frame of test t.
   */
  private readonly tests: Int32Array;
  private readonly listed: Int32Array;
  private readonly listFrom: Int32Array;
  private readonly startTests: Int32Array;
  private readonly frameAt: CompiledFrame<T>[] = [];

  /*
   * Where each required class next has a first word: `nextAt[c] - base - 1` is its position in the
   * current sentence, and a value <= base means none. Filled by a pass from the sentence's end, so at
   * word i it holds the first position after i. One buffer serves every sentence, each sentence's
   * positions above the last one's, because a fresh typed array per sentence cost more than the
   * look-ups that fill it.
   */
  private nextAt: Int32Array | undefined;
  private nextBase = 0;
  /** Frames to run, found from the sentence's end: (word, list, frame) triples. */
  private runs = new Int32Array(192);

  /** Every frame match in one sentence (at most one per frame and start word: the first found). */
  matchSentence(sentence: Sentence): FrameMatch<T>[] {
    const out: FrameMatch<T>[] = [];
    const { cut, from, question } = sentence;
    const length = sentence.to - from;
    if (length === 0) return out;
    const nextAt = (this.nextAt ??= new Int32Array(this.classCount));
    if (this.nextBase > 0x3fffffff - length) {
      nextAt.fill(0);
      this.nextBase = 0;
    }
    const base = this.nextBase;
    this.nextBase = base + length + 1;
    const { classFrom, classIds, listOf, listFrom, listed } = this;
    const words = classFrom.length - 1;
    let runs = this.runs;
    let count = 0;
    for (let i = length - 1; i >= 0; i--) {
      const id = cut[3 * (from + i)]!;
      // NO_WORD, and words numbered after this index was built, start nothing of it.
      if (id < 0 || id >= words) continue;
      const listNo = listOf[id]! - 1;
      if (listNo >= 0) {
        // nextAt holds the words after i: a frame keyed at word i needs its classes there.
        for (let f = listFrom[listNo + 1]! - 1, first = listFrom[listNo]!; f >= first; f--) {
          const t = listed[f]!;
          if (!this.reaches(t, nextAt, base, i, i + 1, length, question)) continue;
          if (count + 2 > runs.length) {
            const grown = new Int32Array(runs.length * 2);
            grown.set(runs);
            runs = this.runs = grown;
          }
          runs[count++] = i;
          runs[count++] = t;
        }
      }
      for (let k = classFrom[id]!, to = classFrom[id + 1]!; k < to; k++) nextAt[classIds[k]!] = base + i + 1;
    }
    const { startTests, frameAt } = this;
    // Frames that start at the sentence start come first there, as they always have; their classes may
    // start at the first word.
    let tokens: readonly Token[] | undefined;
    const starting = startTests.length === 0 ? 0 : this.startCandidates(cut, from, length);
    for (let k = 0; k < starting; k++) {
      const t = startTests[this.startFound[k]!]!;
      if (!this.reaches(t, nextAt, base, 0, 0, length, question)) continue;
      const m = runFrame(frameAt[t]!, (tokens ??= sentence.tokens), question, 0);
      if (m) out.push(m);
    }
    // The pairs were found from the end, frames of one word last to first: read back, they come by
    // start word, then in frame order.
    for (let k = count - 2; k >= 0; k -= 2) {
      const m = runFrame(frameAt[runs[k + 1]!]!, (tokens ??= sentence.tokens), question, runs[k]!);
      if (m) out.push(m);
    }
    return out;
  }

  /**
   * Whether every required class of test `t`'s entry has a first word within its reach after word `i`
   * (`from`: the first position that counts), and the sentence ends where a `$` needs it to.
   */
  private reaches(t: number, nextAt: Int32Array, base: number, i: number, from: number, length: number, question: boolean): boolean {
    const tests = this.tests;
    if (length > i + tests[t]! || (tests[t + 1] === 1 && !question)) return false;
    for (let k = t + 3, to = k + 2 * tests[t + 2]!; k < to; k += 2) {
      const at = nextAt[tests[k]!]! - base - 1;
      if (at < from || at > i + tests[k + 1]!) return false;
    }
    return true;
  }

  /** See matchSentenceUnpruned. */
  unpruned(sentence: Sentence): FrameMatch<T>[] {
    const out: FrameMatch<T>[] = [];
    const { tokens, question } = sentence;
    if (tokens.length === 0) return out;
    for (const entry of this.atStart) {
      const m = runFrame(entry.frame, tokens, question, 0);
      if (m) out.push(m);
    }
    const words = this.classFrom.length - 1;
    for (let i = 0; i < tokens.length; i++) {
      const id = tokens[i]!.id;
      if (id < 0 || id >= words || this.listOf[id] === 0) continue;
      for (const entry of this.lists[this.listOf[id]! - 1]!) {
        const m = runFrame(entry.frame, tokens, question, i);
        if (m) out.push(m);
      }
    }
    return out;
  }
}

/**
 * Every frame keyed at a word of the sentence, and every frame from its start, run without the
 * reach test, in matchSentence's order: the reference the tests hold matchSentence to.
 */
export function matchSentenceUnpruned<T>(index: FrameIndex<T>, sentence: Sentence): FrameMatch<T>[] {
  return index.unpruned(sentence);
}

/** A frame in an index, with the classes it cannot match without and how far from its start each can begin. */
interface Indexed<T> {
  frame: CompiledFrame<T>;
  needs: Int32Array;
  reach: Int32Array;
  /** How far from the frame's start the sentence may end (FAR: no `$`), and whether it must end a question. */
  endReach: number;
  endQuestion: boolean;
}

/** Where a frame's first `$` stands at most (the widest its elements before it can be), and whether it is `$?`. */
function endOf(elements: readonly Element[]): { endReach: number; endQuestion: boolean } {
  let before = 0;
  for (const el of elements) {
    if (el.k === "end") return { endReach: before, endQuestion: el.question };
    before = Math.min(FAR, before + widthOf(el));
  }
  return { endReach: FAR, endQuestion: false };
}

interface RunState {
  els: readonly Element[];
  tokens: readonly Token[];
  question: boolean;
  barriers: PhraseSet;
  parts: Part[];
  steps: number;
}

/**
 * One state for every run: a run never starts another (specials match words, not frames), and a
 * state and parts array per run were most of what matching allocated. A failed run pops every part it
 * pushed, so the parts array is empty again after it; a match hands its parts over and gets a new one.
 */
const RUN: RunState = { els: [], tokens: [], question: false, barriers: new PhraseSet([]), parts: [], steps: 0 };

function runFrame<T>(frame: CompiledFrame<T>, tokens: readonly Token[], question: boolean, start: number): FrameMatch<T> | null {
  const st = RUN;
  st.els = frame.elements;
  st.tokens = tokens;
  st.question = question;
  st.barriers = frame.barriers;
  st.steps = 0;
  const end = step(st, 0, start, start);
  const parts = st.parts;
  if (parts.length === 0) return null;
  st.parts = [];
  if (end < 0) return null;
  return { frame, start: parts[0]!.start, end: parts[parts.length - 1]!.end, parts };
}

/** Matches elements e… from word i; returns the end word index or -1. Backtracks over bounded choices only. */
function step(st: RunState, e: number, i: number, prevEnd: number): number {
  if (++st.steps > STEP_BUDGET) return -1;
  const { els, tokens, parts } = st;
  if (e === els.length) return i;
  const el = els[e]!;
  switch (el.k) {
    case "start":
      return i === 0 ? step(st, e + 1, i, i) : -1;
    case "end":
      return i === tokens.length && (!el.question || st.question) ? step(st, e + 1, i, i) : -1;
    case "not": {
      const hit = el.set instanceof PhraseSet ? el.set.at(tokens, i).length > 0 : el.set.match(tokens, i, i).length > 0;
      return hit ? -1 : step(st, e + 1, i, prevEnd);
    }
    case "gap": {
      for (let g = 0; g <= el.max && i + g <= tokens.length; g++) {
        if (g > 0 && !el.free && st.barriers.has(tokens[i + g - 1]!)) break;
        const r = step(st, e + 1, i + g, prevEnd);
        if (r >= 0) return r;
      }
      return -1;
    }
    case "set": {
      for (const end of el.set.at(tokens, i)) {
        parts.push({ name: el.name, start: i, end });
        const r = step(st, e + 1, end, end);
        if (r >= 0) return r;
        parts.pop();
      }
      return el.opt ? step(st, e + 1, i, prevEnd) : -1;
    }
    case "special": {
      for (const m of el.special.match(tokens, i, prevEnd)) {
        parts.push({ name: el.name, start: i, end: m.end, value: m.value });
        const r = step(st, e + 1, m.end, m.end);
        if (r >= 0) return r;
        parts.pop();
      }
      return el.opt ? step(st, e + 1, i, prevEnd) : -1;
    }
  }
}
