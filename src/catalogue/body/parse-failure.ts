/**
 * Turns an MDX parse failure into a catalogue message naming the construct
 * (a `<br>`, a curly brace, a "<" before a digit, an unclosed component…)
 * and the fix that works, and blanks that construct out of the text so the
 * rest of the body can be parsed and checked in the same run.
 *
 * The parser's own words never reach the editor: they are only read here to
 * learn where and what kind of failure it was. Blanking replaces characters
 * with spaces, so every later line and column still points into the file.
 */
import { say } from '../messages/index.ts';
import { BODY_COMPONENTS, HTML_TAG_ADVICE } from './components.ts';

export interface ParseFailure {
  /** 1-based line and column in the body. */
  line: number;
  column: number;
  message: string;
  suggestion: string;
  /** The body with the construct blanked out, or undefined when nothing could be blanked. */
  blanked: string | undefined;
}

/** Where the parser says it stopped: "line:column: …" at the start of its message. */
function failurePlace(error: unknown): { line: number; column: number; reason: string } {
  const raw = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+): ?/.exec(raw);
  return { line: at ? Number(at[1]) : 1, column: at ? Number(at[2]) : 1, reason: at ? raw.slice(at[0].length) : raw };
}

/** Offset in `text` of a 1-based line and column (UTF-16 units, as the parser counts). */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Replaces text[start, end) with spaces, keeping line breaks. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/** End (exclusive) of the tag starting at `start`: after its ">", else at the end of its paragraph. */
function tagEnd(text: string, start: number): number {
  const close = text.indexOf('>', start + 1);
  const paragraphEnd = text.indexOf('\n\n', start);
  if (close !== -1 && (paragraphEnd === -1 || close < paragraphEnd)) return close + 1;
  return paragraphEnd === -1 ? text.length : paragraphEnd;
}

/** What the editor wrote around a place, cut short for a message. */
function excerpt(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

/** `firstLine` is the file line of the body's first line, for the lines messages name. */
export function describeParseFailure(error: unknown, text: string, firstLine: number): ParseFailure {
  const { line, column, reason } = failurePlace(error);
  const offset = offsetOf(text, line, column);
  const at = (start: number, message: string, suggestion: string, blanked: string | undefined): ParseFailure => ({
    ...placeOf(text, start),
    message,
    suggestion,
    blanked,
  });

  // An HTML comment: the parser stops at its "!".
  const comment = text.lastIndexOf('<!--', offset);
  if (comment !== -1 && offset - comment <= 1) {
    const end = text.indexOf('-->', comment);
    return at(
      comment,
      say.bodyHtmlComment(),
      say.bodyHtmlCommentFix(),
      blank(text, comment, end === -1 ? text.length : end + 3),
    );
  }

  // A component or HTML tag opened and never closed: the parser names it and where it opened.
  const unclosed = /^Expected a closing tag for `<([^>`\s]*)>` \((\d+):(\d+)\)/.exec(reason);
  if (unclosed) {
    const tag = unclosed[1] ?? '';
    const start = offsetOf(text, Number(unclosed[2]), Number(unclosed[3]));
    const blanked = blank(text, start, tagEnd(text, start));
    const openedOn = Number(unclosed[2]) + firstLine - 1;
    if (tag.toLowerCase() === 'br') return at(start, say.bodyBrUnclosed(), say.bodyBrUnclosedFix(), blanked);
    const spec = BODY_COMPONENTS[tag];
    if (spec) {
      const fix = spec.children ? say.bodyCloseWithEndTagFix({ tag }) : say.bodyCloseSelfFix({ tag });
      return at(start, say.bodyUnclosedComponent({ tag, line: openedOn }), fix, blanked);
    }
    if (/^[a-z]/.test(tag)) {
      const advice = HTML_TAG_ADVICE[tag]?.() ?? say.bodyWriteMarkdown();
      return at(start, say.bodyHtmlUnclosed({ tag }), advice, blanked);
    }
    return at(start, unknownTagMessage(tag), say.bodyUnknownTagFix(), blanked);
  }

  // A closing tag that closes the wrong component, or nothing.
  const wrongClose =
    /^Unexpected closing tag `<\/([^>`\s]*)>`, expected corresponding closing tag for `<([^>`\s]*)>` \((\d+):(\d+)\)/.exec(
      reason,
    );
  if (wrongClose) {
    const [, closing = '', tag = '', openLine, openColumn] = wrongClose;
    const open = offsetOf(text, Number(openLine), Number(openColumn));
    const blanked = blank(blank(text, offset, tagEnd(text, offset)), open, tagEnd(text, open));
    return at(
      offset,
      say.bodyWrongClosingTag({ closing, tag, line: Number(openLine) + firstLine - 1 }),
      say.bodyWrongClosingTagFix({ tag }),
      blanked,
    );
  }
  const strayClose = /^Unexpected closing tag `<\/([^>`\s]*)>`/.exec(reason);
  if (strayClose) {
    const tag = strayClose[1] ?? '';
    return at(
      offset,
      say.bodyStrayClosingTag({ tag }),
      say.bodyStrayClosingTagFix({ tag }),
      blank(text, offset, tagEnd(text, offset)),
    );
  }

  // A curly brace: the parser stops somewhere inside the code it tried to read.
  if (/expression|brace/i.test(reason)) {
    const open = text.lastIndexOf('{', offset);
    if (open !== -1) {
      const lineEnd = text.indexOf('\n', open);
      const close = text.slice(open, lineEnd === -1 ? undefined : lineEnd).indexOf('}');
      const blanked = blank(text, open, open + 1);
      if (close > 1 && close <= 40) {
        const inner = text.slice(open + 1, open + close);
        return at(
          open,
          say.bodyBraceOpen(),
          say.bodyBraceOpenFix({ escaped: `\\{${inner}\\}`, plain: inner }),
          blanked,
        );
      }
      return at(open, say.bodyBraceOpen(), say.bodyBraceAloneFix(), blanked);
    }
  }

  // A "<" the parser took for the start of a tag.
  const lessThan = text[offset] === '<' ? offset : text.lastIndexOf('<', offset);
  if (lessThan !== -1 && offset - lessThan <= 1) {
    const rest = text.slice(lessThan + 1);
    const address = /^((?:https?:\/\/|mailto:)[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/i.exec(rest);
    if (address) {
      const value = address[1] ?? '';
      const link =
        value.includes('@') && !/^mailto:/i.test(value) ? `[${value}](mailto:${value})` : `[${value}](${value})`;
      return at(
        lessThan,
        say.bodyAngleAddress({ address: excerpt(value) }),
        say.bodyAngleAddressFix({ link }),
        blank(blank(text, lessThan + 1 + value.length, lessThan + 2 + value.length), lessThan, lessThan + 1),
      );
    }
    // A name then a space, "/" or ">" is a tag written wrongly; "a <b." is a comparison in prose.
    const name = /^([A-Za-z][\w-]*)(?=[\s/>])/.exec(rest)?.[1];
    if (name) {
      return at(
        lessThan,
        say.bodyMalformedTag({ tag: name }),
        say.bodyMalformedTagFix(),
        blank(text, lessThan, tagEnd(text, lessThan)),
      );
    }
    const next = rest.charAt(0);
    if (next && next !== '\n') {
      const lineEnd = rest.indexOf('\n');
      const following = excerpt(rest.slice(0, lineEnd === -1 ? undefined : lineEnd).split(/\s/)[0] ?? '');
      return at(
        lessThan,
        say.bodyLessThan({ next: [...rest][0] ?? next }),
        say.bodyLessThanWordsFix({ escaped: `&lt;${following}` }),
        blank(text, lessThan, lessThan + 1),
      );
    }
  }

  // Anything else: a plain message at the place, and the character there blanked when it opens something.
  const opener = text.slice(Math.max(0, offset - 1), offset + 1).search(/[<{]/);
  const blanked =
    opener === -1 ? undefined : blank(text, Math.max(0, offset - 1) + opener, Math.max(0, offset - 1) + opener + 1);
  return at(offset, say.bodySyntaxOther(), say.bodySyntaxOtherFix(), blanked);
}

function unknownTagMessage(tag: string): string {
  return say.bodyUnknownTag({
    tag,
    components: Object.keys(BODY_COMPONENTS)
      .map((c) => `<${c}>`)
      .join(', '),
  });
}
