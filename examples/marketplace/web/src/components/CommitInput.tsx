import { useEffect, useState } from "preact/hooks";

type Props = {
  id: string;
  placeholder?: string;
  /** The committed value (what the page filters by). */
  value: string;
  /** Called with the typed text when the user commits it: Enter, or leaving the field. */
  onCommit: (value: string) => void;
};

/**
 * A search field that keeps what is being typed in its own state and hands it over on `change` (Enter or blur).
 * Why not a plain controlled input: the page re-renders whenever an answer arrives, and a controlled input without
 * an input handler is then reset to the committed value — text typed while a search was loading was lost, and the
 * Enter that followed committed nothing.
 */
export function CommitInput({ value, onCommit, id, placeholder }: Props) {
  const [draft, setDraft] = useState(value);
  // A committed value changed elsewhere (e.g. "Clear filters") replaces the draft.
  useEffect(() => setDraft(value), [value]);
  return (
    <input
      id={id}
      type="search"
      placeholder={placeholder}
      value={draft}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onChange={(e) => onCommit(e.currentTarget.value)}
    />
  );
}
