export { fold, decodeEntities, foldCharacters, collapseSpacedCharacters } from "./fold.js";
export { digitsView, spellOutNumberWords, undoLeetInDigitRuns } from "./digits.js";
export { toOriginal, disguisesIn, identityView, type MappedText } from "./view.js";
